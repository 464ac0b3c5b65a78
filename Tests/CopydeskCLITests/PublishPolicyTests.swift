import CopydeskCore
@testable import CopydeskEngine
import XCTest

final class PublishPolicyTests: XCTestCase {
    private func result(_ path: String, _ severities: [Severity]) -> FileResult {
        FileResult(path: path, language: "en_US", syntax: .markdown, findings: severities.enumerated().map { i, severity in
            Finding(rule: "r.x", severity: severity, start: i, end: i + 1, line: 1, column: i + 1, endLine: 1,
                    endColumn: i + 2, match: "x", message: "Fix “x”")
        })
    }

    func testByDefaultOnlyErrorsBlock() {
        let policy = PublishPolicy()
        XCTAssertTrue(policy.blocks(result("a.md", [.warning, .error])))
        XCTAssertFalse(policy.blocks(result("b.md", [.warning, .suggestion])))
    }

    func testConfigurationFailLevelIsOverriddenByTheFlag() {
        var configuration = Configuration()
        configuration.failLevel = .warning
        XCTAssertEqual(PublishPolicy(configuration: configuration).failLevel, .warning)
        XCTAssertEqual(PublishPolicy(configuration: configuration, failLevel: .error).failLevel, .error)
        XCTAssertTrue(PublishPolicy(configuration: configuration).blocks(result("b.md", [.warning])))
    }

    func testStrictTurnsWarningsIntoErrorsOnly() {
        let policy = PublishPolicy(strict: true)
        let applied = policy.apply(result("a.md", [.suggestion, .warning, .error]))
        XCTAssertEqual(applied.findings.map(\.severity), [.suggestion, .error, .error])
        XCTAssertTrue(policy.blocks(applied))
        XCTAssertEqual(PublishPolicy().apply(result("a.md", [.warning])).findings.map(\.severity), [.warning])
    }

    func testVerdictLine() {
        let policy = PublishPolicy()
        XCTAssertEqual(policy.verdict([result("a.md", [.warning])]),
                       "copydesk: ready: nothing at error level or above in 1 file")
        let failed = FileResult.failure(path: "c.html", syntax: .html, message: "Cannot read")
        XCTAssertEqual(policy.verdict([result("a.md", [.error, .error, .warning]), result("b.md", [.error]), failed]),
                       "copydesk: blocked: 3 findings at error level or above in 2 files; 1 not checked")
        XCTAssertEqual(policy.verdict([result("a.md", []), failed, failed]),
                       "copydesk: ready: nothing at error level or above in 1 file; 2 not checked", "counts what happened")
    }
}
