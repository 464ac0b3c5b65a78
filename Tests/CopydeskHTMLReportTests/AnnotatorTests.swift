import CopydeskCore
import CopydeskRules
@testable import CopydeskHTMLReport
import XCTest

/// Marks nest, crossing marks split cleanly, a finding over several blocks is explained once, text is never lost.
final class AnnotatorTests: XCTestCase {
    private func source(_ index: Int, _ kind: String = "spelling", _ severity: Severity = .error) -> MarkSource {
        MarkSource(index: index, kind: RuleRegistry.reportGroups.all.first { $0.id == kind }!, severity: severity, explanation: "m\(index)")
    }

    private func annotator(_ count: Int) -> Annotator {
        Annotator(marks: (0..<count).map { source($0) })
    }

    /// The text with marks written as `[tip …]` and links as `<dest …>`, so structure is easy to assert.
    private func flat(_ runs: [TextRun]) -> String {
        runs.map { run in
            run.text + run.marks.map { "[\($0.tip)\($0.first ? "" : "'") " + flat($0.children) + "]" }.joined()
                + run.code.map { "`\($0)`" }.joined()
                + run.links.map { "<\($0.destination.first ?? "=") " + flat($0.children) + ">" }.joined()
        }.joined()
    }

    private func plain(_ runs: [TextRun]) -> String {
        runs.map { $0.text + $0.marks.map { plain($0.children) }.joined() + $0.links.map { plain($0.children) }.joined() }.joined()
    }

    func testNestedMarks() {
        var a = annotator(2)
        XCTAssertEqual(flat(a.runs("one two three four", spans: [Span(mark: 0, start: 0, end: 18), Span(mark: 1, start: 4, end: 7)])),
                       "[tip-0 one [tip-1 two] three four]")
    }

    func testCrossingMarkIsSplitAndPointsAtOneExplanation() {
        var a = annotator(2)
        // 0 covers "alpha beta", 1 covers "beta gamma": 1 crosses 0's end.
        let runs = a.runs("alpha beta gamma delta", spans: [Span(mark: 0, start: 0, end: 10), Span(mark: 1, start: 6, end: 16)])
        XCTAssertEqual(flat(runs), "[tip-0 alpha [tip-1 beta]][tip-1'  gamma] delta")
        XCTAssertEqual(plain(runs), "alpha beta gamma delta", "no text lost or doubled")
    }

    func testFindingOverTwoBlocksIsExplainedOnce() {
        var a = annotator(1)
        XCTAssertEqual(flat(a.runs("first line", spans: [Span(mark: 0, start: 6, end: 10)])), "first [tip-0 line]")
        XCTAssertEqual(flat(a.runs("second line", spans: [Span(mark: 0, start: 0, end: 6)])), "[tip-0' second] line")
    }

    func testEmptySpanShowsOnlyItsLabel() {
        var a = annotator(1)
        XCTAssertEqual(flat(a.runs("Title", spans: [Span(mark: 0, start: 0, end: 0)])), "[tip-0 ]Title")
    }

    func testSpansPastTheTextAreClamped() {
        var a = annotator(1)
        XCTAssertEqual(flat(a.runs("short", spans: [Span(mark: 0, start: 2, end: 99)])), "sh[tip-0 ort]")
    }

    func testMultibyteTextKeepsItsCharacters() {
        let text = "Café “naïve” £4.2m — ok"
        let start = Array(text.utf8).firstIndex(of: 0xE2)!  // the opening quote
        var a = annotator(1)
        XCTAssertEqual(flat(a.runs(text, spans: [Span(mark: 0, start: start, end: start + "“naïve”".utf8.count)])), "Café [tip-0 “naïve”] £4.2m — ok")
    }

    func testSameRangeMarksNestInFindingOrder() {
        var a = annotator(2)
        XCTAssertEqual(flat(a.runs("word", spans: [Span(mark: 1, start: 0, end: 4), Span(mark: 0, start: 0, end: 4)])), "[tip-0 [tip-1 word]]")
    }

    func testLinksEncloseMarksOverTheSameText() {
        var a = annotator(1)
        let runs = a.runs("see the agenda now", spans: [Span(mark: 0, start: 8, end: 14), Span(mark: -1, start: 8, end: 14)],
                          links: ["https://example.org/a"])
        XCTAssertEqual(flat(runs), "see the <https://example.org/a [tip-0 agenda]> now")
    }

    func testAnUnknownPlaceholderIsShownAsAnEllipsis() {
        var a = annotator(0)
        XCTAssertEqual(plain(a.runs("run \u{FFFC} now", spans: [])), "run … now")
    }

    func testPlaceholdersShowWhatTheyStoodFor() {
        var a = annotator(1)
        let text = "run \u{FFFC} or \u{FFFC}\u{FFFC} now"
        let marker = "\u{FFFC}".utf8.count
        let runs = a.runs(text, spans: [Span(mark: 0, start: 0, end: 3 + 1 + marker)],
                          placeholders: [4: .code("make test"), 4 + marker + 4: .text("https://a.example"), 4 + marker + 4 + marker: .nothing])
        XCTAssertEqual(flat(runs), "[tip-0 run `make test`] or https://a.example now")
    }

    func testAnAutolinkDoesNotRepeatItsAddress() {
        var a = annotator(1)
        let text = "see \u{FFFC} now"
        let marker = "\u{FFFC}".utf8.count
        let runs = a.runs(text, spans: [Span(mark: -1, start: 4, end: 4 + marker), Span(mark: 0, start: 4, end: 4 + marker)],
                          links: ["https://a.example"], placeholders: [4: .text("https://a.example")])
        XCTAssertEqual(flat(runs), "see <= [tip-0 https://a.example]> now", "marked, and no destination after it")
    }
}
