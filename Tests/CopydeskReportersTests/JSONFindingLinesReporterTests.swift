import CopydeskCore
@testable import CopydeskReporters
import Foundation
import XCTest

final class JSONFindingLinesReporterTests: XCTestCase {
    private func objects() throws -> [[String: Any]] {
        let out = ReporterFixtures.render(JSONFindingLinesReporter())
        XCTAssertTrue(out.hasSuffix("\n"))
        return try out.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    func testOneLinePerFindingAndPerFailedFile() throws {
        let objects = try objects()
        XCTAssertEqual(objects.count, 6)
        XCTAssertEqual(objects.compactMap { $0["path"] as? String }, [
            "news/café story.md", "news/café story.md", "news/café story.md",
            "/repo/news/hostile, \"name\": 100%.md", "broken.html", "/elsewhere/outside.md",
        ])
    }

    func testFindingLinesHaveTheJSONFormatKeysPlusPath() throws {
        let first = try objects()[0]
        XCTAssertEqual(Set(first.keys), [
            "path", "rule", "severity", "line", "column", "end_line", "end_column", "match", "message", "suggestions",
        ])
        XCTAssertEqual(first["rule"] as? String, "spelling.misspelling")
        XCTAssertEqual(first["end_column"] as? Int, 8)
        XCTAssertEqual(first["suggestions"] as? [String], ["the", "ten"])
    }

    func testHostileMessageStaysOnOneLine() throws {
        let objects = try objects()
        XCTAssertEqual(objects[3]["message"] as? String, ReporterFixtures.hostileMessage)
    }

    func testFailedFileLine() throws {
        let failed = try objects()[4]
        XCTAssertEqual(Set(failed.keys), ["path", "error"])
        XCTAssertEqual(failed["error"] as? String, "Cannot decode the file: invalid UTF-8 at byte 12")
    }

    func testKeysAreSorted() {
        let line = ReporterFixtures.render(JSONFindingLinesReporter()).split(separator: "\n")[4]
        XCTAssertEqual(String(line), "{\"error\":\"Cannot decode the file: invalid UTF-8 at byte 12\",\"path\":\"broken.html\"}")
    }
}
