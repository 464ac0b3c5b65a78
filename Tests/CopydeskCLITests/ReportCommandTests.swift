import Foundation
import XCTest

/// `copydesk report` as users run it: default folder, messages, exit statuses, fixed date.
final class ReportCommandTests: XCTestCase {
    func testWritesReportsIntoTheDefaultFolder() throws {
        let dir = try CLI.temporaryDirectory()
        try "The the vote was close.\n".write(to: dir.appendingPathComponent("w.txt"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["report", "w.txt"], in: dir, environment: ["SOURCE_DATE_EPOCH": "1767225600"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, """
            copydesk: wrote 2 pages to Reports/ (open Reports/index.html)
            copydesk: ready: nothing at error level or above in 1 file

            """)
        let page = try String(contentsOf: dir.appendingPathComponent("Reports/w.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("on 2026-01-01 00:00 UTC."), "SOURCE_DATE_EPOCH fixes the date")
        XCTAssertTrue(page.contains("v-needs-work"), "a warning means the article needs work")
    }

    func testExitStatuses() throws {
        let dir = try CLI.temporaryDirectory()
        try "The goverment said no.\n".write(to: dir.appendingPathComponent("e.txt"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try CLI.run(["report", "e.txt", "--output", "out"], in: dir).status, 1)
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/e.html").path))
        XCTAssertEqual(try CLI.run(["report"], in: dir).status, 2, "no paths is a usage error")
        XCTAssertEqual(try CLI.run(["report", "nope.md", "-o", "out2"], in: dir).status, 2)
    }
}
