@testable import CopydeskHTMLReport
import CopydeskRules
import Foundation
import XCTest

/// Pages are byte-stable: the same results, date and version give the same bytes, compared with the files
/// in `Snapshots/`. Re-record with `COPYDESK_RECORD=1 swift test --filter HTMLSnapshotTests` and review the diff.
final class HTMLSnapshotTests: XCTestCase {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    func testPagesMatchSnapshots() throws {
        let pages = HTMLReport.render([ReportFixtures.article(), ReportFixtures.clean], options: ReportFixtures.options)
        XCTAssertEqual(pages.keys.sorted(), ["clean.html", "index.html", "news/ferry-timetable.html"])
        let record = ProcessInfo.processInfo.environment["COPYDESK_RECORD"] == "1"
        for (name, html) in pages {
            let url = Self.directory.appendingPathComponent(name.replacingOccurrences(of: "/", with: "--"))
            if record {
                try html.write(to: url, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOf: url, encoding: .utf8)
            XCTAssertEqual(html, expected, "\(name) differs from its snapshot; re-record with COPYDESK_RECORD=1 if intended")
        }
    }

    func testSameInputSameBytes() {
        let a = HTMLReport.render([ReportFixtures.article()], options: ReportFixtures.options)
        let b = HTMLReport.render([ReportFixtures.article()], options: ReportFixtures.options)
        XCTAssertEqual(a, b)
        let later = HTMLReport.render([ReportFixtures.article()],
                                      options: HTMLReportOptions(generated: "2030-05-06 07:08 UTC", version: "9.9.9-test", groups: RuleRegistry.reportGroups))
        XCTAssertNotEqual(a["index.html"], later["index.html"], "the date is passed in and shown")
        XCTAssertTrue(later["index.html"]!.contains("2030-05-06 07:08 UTC"))
    }
}
