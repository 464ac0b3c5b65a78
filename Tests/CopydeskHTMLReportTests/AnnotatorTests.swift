import CopydeskCore
@testable import CopydeskHTMLReport
import XCTest

/// Marks nest, crossing marks split cleanly, multi-line findings mark every line, text is never lost.
final class AnnotatorTests: XCTestCase {
    private func mark(_ index: Int, _ start: Int, _ end: Int, _ kind: String = "spelling") -> MarkSource {
        MarkSource(index: index, start: start, end: end, kind: FindingKind.all.first { $0.id == kind }!, explanation: "m\(index)")
    }

    /// The text with marks written as `[label …]`, so structure is easy to assert.
    private func flat(_ runs: [TextRun]) -> String {
        runs.map { run in
            run.text + run.marks.map { "[\($0.tip)\($0.first ? "" : "'") " + flat($0.children) + "]" }.joined()
        }.joined()
    }

    private func plain(_ runs: [TextRun]) -> String {
        runs.map { $0.text + $0.marks.map { plain($0.children) }.joined() }.joined()
    }

    func testNestedMarks() {
        let source = SourceText("one two three four\n")
        var annotator = Annotator(source: source, marks: [mark(0, 0, 18), mark(1, 4, 7)])
        XCTAssertEqual(flat(annotator.runs(line: 1)), "[tip-0 one [tip-1 two] three four]")
    }

    func testCrossingMarkIsSplitAndPointsAtOneExplanation() {
        let source = SourceText("alpha beta gamma delta\n")
        // 0 covers "alpha beta", 1 covers "beta gamma": 1 crosses 0's end.
        var annotator = Annotator(source: source, marks: [mark(0, 0, 10), mark(1, 6, 16)])
        let runs = annotator.runs(line: 1)
        XCTAssertEqual(flat(runs), "[tip-0 alpha [tip-1 beta]][tip-1'  gamma] delta")
        XCTAssertEqual(plain(runs), "alpha beta gamma delta", "no text lost or doubled")
    }

    func testMultiLineFindingMarksEachLineAndExplainsOnce() {
        let source = SourceText("first line\nsecond line\n")
        var annotator = Annotator(source: source, marks: [mark(0, 6, 17)])
        XCTAssertEqual(flat(annotator.runs(line: 1)), "first [tip-0 line]")
        XCTAssertEqual(flat(annotator.runs(line: 2)), "[tip-0' second] line")
    }

    func testEmptyRangeShowsOnlyItsLabel() {
        let source = SourceText("Title\nBody\n")
        var annotator = Annotator(source: source, marks: [mark(0, 0, 0, "grade")])
        XCTAssertEqual(flat(annotator.runs(line: 1)), "[tip-0 ]Title")
        XCTAssertEqual(flat(annotator.runs(line: 2)), "Body")
    }

    func testMultibyteTextKeepsItsCharacters() {
        let text = "Café “naïve” £4.2m — ok\n"
        let source = SourceText(text)
        let start = Array(text.utf8).firstIndex(of: 0xE2)!  // the opening quote
        var annotator = Annotator(source: source, marks: [mark(0, start, start + "“naïve”".utf8.count)])
        let runs = annotator.runs(line: 1)
        XCTAssertEqual(flat(runs), "Café [tip-0 “naïve”] £4.2m — ok")
    }

    func testSameRangeMarksNestInFindingOrder() {
        let source = SourceText("word\n")
        var annotator = Annotator(source: source, marks: [mark(0, 0, 4), mark(1, 0, 4, "name")])
        XCTAssertEqual(flat(annotator.runs(line: 1)), "[tip-0 [tip-1 word]]")
    }

    func testCRLFLinesDoNotShowTheCarriageReturn() {
        let source = SourceText("a bad word\r\nnext\r\n")
        var annotator = Annotator(source: source, marks: [mark(0, 2, 5)])
        XCTAssertEqual(flat(annotator.runs(line: 1)), "a [tip-0 bad] word")
    }
}
