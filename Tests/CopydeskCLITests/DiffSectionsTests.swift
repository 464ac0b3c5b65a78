@testable import CopydeskGit
import XCTest

final class DiffSectionsTests: XCTestCase {
    func testUnquoteUndoesGitCQuoting() {
        XCTAssertEqual(DiffSections.unquote("\"b/caf\\303\\251 \\\"x\\\"\\\\y\\tz.md\""), "b/café \"x\"\\y\tz.md")
    }

    func testNewPathHandlesTabsQuotesAndDeletions() {
        XCTAssertEqual(DiffSections.newPath("b/news/a b.md\t"), "news/a b.md")
        XCTAssertEqual(DiffSections.newPath("\"b/q\\\"uote.md\""), "q\"uote.md")
        XCTAssertNil(DiffSections.newPath("/dev/null"))
    }

    func testSplitGivesEachFileItsHunks() {
        let diff = """
        diff --git a/a b.md b/a b.md
        index 1..2 100644
        --- a/a b.md\t
        +++ b/a b.md\t
        @@ -1 +1 @@
        -x
        +y
        diff --git a/gone.md b/gone.md
        deleted file mode 100644
        --- a/gone.md
        +++ /dev/null
        @@ -1 +0,0 @@
        -z
        diff --git "a/q\\"x.md" "b/q\\"x.md"
        --- "a/q\\"x.md"
        +++ "b/q\\"x.md"
        @@ -4,0 +5,2 @@
        +++ b/not a header.md
        +more
        """
        let sections = DiffSections.split(diff)
        XCTAssertEqual(Set(sections.keys), ["a b.md", "q\"x.md"])
        XCTAssertEqual(ChangedLines(unifiedDiff: sections["a b.md"] ?? ""), .ranges([1...1]))
        XCTAssertEqual(ChangedLines(unifiedDiff: sections["q\"x.md"] ?? ""), .ranges([5...6]))
    }
}
