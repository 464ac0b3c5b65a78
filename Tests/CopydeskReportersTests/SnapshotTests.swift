import CopydeskCore
@testable import CopydeskReporters
import Foundation
import XCTest

/// Compares each CI format's output on the fixtures with a committed file.
/// Re-record with `COPYDESK_RECORD=1 swift test --filter SnapshotTests`, then review the diff.
final class SnapshotTests: XCTestCase {
    func testSARIFSnapshot() throws { try assertSnapshot(SARIFReporter(), file: "report.sarif") }
    func testGitHubSnapshot() throws { try assertSnapshot(GitHubReporter(), file: "report.github.txt") }
    func testJUnitSnapshot() throws { try assertSnapshot(JUnitReporter(), file: "report.junit.xml") }
    func testJSONFindingLinesSnapshot() throws { try assertSnapshot(JSONFindingLinesReporter(), file: "report.jsonl-findings") }

    func testOutputIsTheSameOnEveryRun() {
        for type in ReporterRegistry.all {
            let reporter = type.init()
            XCTAssertEqual(ReporterFixtures.render(reporter), ReporterFixtures.render(reporter), type.identifier)
        }
    }

    func testRegistryListsEveryFormatOnce() {
        let ids = ReporterRegistry.identifiers
        XCTAssertEqual(Set(ids).count, ids.count)
        for id in ["text", "json", "sarif", "github", "junit", "jsonl", "jsonl-findings"] {
            XCTAssertNotNil(ReporterRegistry.reporter(named: id), id)
        }
    }

    func testGitHubActionsChoosesTheGitHubFormatByDefault() {
        XCTAssertEqual(ReporterRegistry.defaultIdentifier(environment: ["GITHUB_ACTIONS": "true"]), "github")
        XCTAssertEqual(ReporterRegistry.defaultIdentifier(environment: ["GITHUB_ACTIONS": "false"]), "text")
        XCTAssertEqual(ReporterRegistry.defaultIdentifier(environment: [:]), "text")
    }

    static var snapshotDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    }

    private func assertSnapshot(_ reporter: any Reporter, file: String, line: UInt = #line) throws {
        let actual = ReporterFixtures.render(reporter)
        let url = Self.snapshotDirectory.appendingPathComponent(file)
        if ProcessInfo.processInfo.environment["COPYDESK_RECORD"] == "1" {
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return XCTFail("No snapshot at \(url.path); record it with COPYDESK_RECORD=1", line: line)
        }
        XCTAssertEqual(actual, expected, "\(file) differs from its snapshot", line: line)
    }
}
