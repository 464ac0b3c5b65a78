import CopydeskCore
@testable import CopydeskGit
import XCTest

final class ChangedLinesTests: XCTestCase {
    func testHunkHeadersGiveTheNewSideRanges() {
        let diff = """
        diff --git a/a.md b/a.md
        index 1111111..2222222 100644
        --- a/a.md
        +++ b/a.md
        @@ -3 +3 @@
        -old
        +new
        @@ -7,0 +8 @@ context text
        +inserted
        @@ -9 +9,0 @@
        -deleted
        @@ -20,2 +21,3 @@ @@ looks like a header
        -x
        +@@ -1 +100,5 @@ an added line that looks like a header
        """
        XCTAssertEqual(ChangedLines(unifiedDiff: diff), .ranges([3...3, 8...8, 21...23]))
        XCTAssertEqual(ChangedLines(unifiedDiff: ""), .ranges([]))
    }

    private func finding(line: Int, endLine: Int, endColumn: Int) -> Finding {
        Finding(rule: "r.x", severity: .error, start: 0, end: 1, line: line, column: 2, endLine: endLine,
                endColumn: endColumn, match: "m", message: "Fix “m”")
    }

    func testFindingsOutsideChangedLinesAreDropped() {
        let changed = ChangedLines.ranges([3...3, 8...9])
        let result = FileResult(path: "a.md", language: "en_US", syntax: .markdown, findings: [
            finding(line: 1, endLine: 1, endColumn: 5),
            finding(line: 3, endLine: 3, endColumn: 5),
            finding(line: 5, endLine: 8, endColumn: 2),
            finding(line: 6, endLine: 8, endColumn: 1),
            finding(line: 10, endLine: 10, endColumn: 3),
        ])
        XCTAssertEqual(changed.filter(result).findings.map(\.line), [3, 5])
        XCTAssertEqual(ChangedLines.all.filter(result).findings.count, 5)
        XCTAssertEqual(ChangedLines.ranges([]).filter(result).findings.count, 0)
    }

    func testFileErrorsSurviveTheFilter() {
        let failed = FileResult.failure(path: "b.html", syntax: .html, message: "Cannot read")
        XCTAssertEqual(ChangedLines.ranges([]).filter(failed).error, "Cannot read")
    }
}
