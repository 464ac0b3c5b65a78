import CopydeskCore
@testable import CopydeskReporters
import Foundation
import XCTest

/// `--format jsonl`: one whole JSON object per file and line, the `files` entry plus verdict and article fields.
final class JSONLinesReporterTests: XCTestCase {
    private func lines(_ results: [FileResult] = ReporterFixtures.results) -> [Substring] {
        var summary = Summary()
        results.forEach { summary.add($0) }
        let out = JSONLinesReporter().report(results, summary: summary, context: ReporterFixtures.context)
        XCTAssertTrue(out.hasSuffix("\n"))
        return out.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    }

    func testOneLinePerFileCleanOnesIncluded() throws {
        let objects = try lines().map { try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        XCTAssertEqual(objects.map { $0["path"] as? String }, ReporterFixtures.results.map(\.path))
        XCTAssertEqual(objects.map { $0["verdict"] as? String }, ["blocked", "blocked", "blocked", "ready", "needs-work"])
        XCTAssertEqual((objects[3]["findings"] as? [Any])?.count, 0)
        XCTAssertEqual(objects[2]["error"] as? String, "Cannot decode the file: invalid UTF-8 at byte 12")
    }

    /// Each line is the JSON format's `files` entry, byte for byte, with `verdict` added.
    func testLineIsTheJSONFileEntryPlusVerdict() throws {
        for (line, result) in zip(lines(), ReporterFixtures.results) {
            let entry = JSONOutput.encode(JSONOutput.FileJSON(result))
            XCTAssertEqual(String(line), String(entry.dropLast()) + ",\"verdict\":\"\(ArticleVerdict(result, failLevel: .error).rawValue)\"}")
        }
    }

    func testArticleFieldsInSortedPlaces() throws {
        var result = FileResult(path: "2019/a.md", language: "en_US", syntax: .markdown)
        result.article = ArticleFields(headline: "Bridge \"vote\"", date: "2019-03-04", section: "Local news", author: "A. Writer")
        XCTAssertEqual(String(lines([result])[0]), """
            {"author":"A. Writer","date":"2019-03-04","findings":[],"headline":"Bridge \\"vote\\"","language":"en_US",\
            "path":"2019/a.md","section":"Local news","syntax":"markdown","verdict":"ready"}
            """)
    }

    func testHostileTextStaysOnItsLine() {
        XCTAssertEqual(lines().count, ReporterFixtures.results.count, "newlines and CRs in messages are escaped")
    }

    func testVerdictFollowsTheFailLevel() {
        let warned = ReporterFixtures.results[4]
        XCTAssertEqual(ArticleVerdict(warned, failLevel: .error), .needsWork)
        XCTAssertEqual(ArticleVerdict(warned, failLevel: .warning), .blocked)
    }
}
