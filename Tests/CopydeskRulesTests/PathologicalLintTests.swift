import CopydeskCore
import XCTest

/// The pathological inputs of the reliability brief through the whole pipeline (front end, every rule,
/// real hunspell): each run completes and its output makes sense. Speed is measured by
/// scripts/bench-pathological.sh on a release build, not here.
final class PathologicalLintTests: XCTestCase {
    private func lint(_ text: String, _ syntax: Syntax) throws -> (SourceText, [Finding]) {
        let (source, result) = try RuleExampleHarness.lint(text, syntax: syntax)
        for finding in result.findings {
            XCTAssertEqual(source.text(finding.start..<finding.end), finding.match, finding.rule)
        }
        return (source, result.findings)
    }

    func testTwentyThousandNestedQuotes() throws {
        let (_, findings) = try lint(String(repeating: ">", count: 20_000) + " deep wrods\n", .markdown)
        XCTAssertEqual(findings.filter { $0.rule == "spelling.misspelling" }.map(\.match), ["wrods"])
    }

    func testFiftyThousandUnclosedEmphasisMarkers() throws {
        let (_, stars) = try lint(String(repeating: "*", count: 50_000) + "\n", .markdown)
        XCTAssertFalse(stars.contains { $0.rule.hasPrefix("spelling.") }, "no words, so nothing to spell")
        let (_, mixed) = try lint(String(repeating: "*wrods ", count: 50_000) + "\n", .markdown)
        XCTAssertEqual(mixed.filter { $0.rule == "spelling.misspelling" }.count, 50_000)
    }

    func testTwoMegabyteLine() throws {
        let unit = "word &amp; `c` [link](u) recieve "
        let count = 2_000_000 / unit.utf8.count
        let (source, findings) = try lint(String(repeating: unit, count: count) + "\n", .markdown)
        XCTAssertEqual(source.lineCount, 2)
        let typos = findings.filter { $0.rule == "spelling.misspelling" }
        XCTAssertEqual(typos.count, count, "one per repeated unit")
        XCTAssertEqual(typos.last?.column, (count - 1) * unit.count + 26)
    }

    func testHTMLTagSoup() throws {
        let pieces = ["<div>", "<p>", "<b>", "<i", "</div>", "</p>", "<table><tr><td>", "<img alt=\"x", "<!--", "-->",
                      "<a href=", "&amp", "&#x", "<script>", "</script>", "<", ">", "\"", "<ul><li>", "<h1>", "wrods "]
        // A fixed, index-driven mix (no randomness, so a failure reproduces).
        let soup = (0..<100_000).map { pieces[($0 * 7 + $0 / 3) % pieces.count] }.joined()
        let (source, findings) = try lint(soup, .html)
        XCTAssertEqual(source.count, soup.utf8.count)
        XCTAssertTrue(findings.allSatisfy { $0.end <= source.count })
    }
}
