import CopydeskCore
import XCTest

/// Analyses keyed by type: made once, dropped by the mark a family took, never by a name's prefix.
final class RuleContextAnalysisTests: XCTestCase {
    private final class Counter { var made = 0 }
    private struct First { var value: Int }
    private struct Second { var value: Int }

    func testAnalysesAreMadeOnceAndDroppedAfterTheirMark() {
        let context = RuleContext(document: Document(path: "a.txt", syntax: .text, source: SourceText("Text.\n"), blocks: []),
                                  configuration: Configuration(), resources: Resources(dataDirectory: "/nonexistent"), spellChecker: nil)
        let counter = Counter()
        func first() -> First { context.analysis(First.self) { counter.made += 1; return First(value: 1) } }
        XCTAssertEqual(first().value, 1)
        XCTAssertEqual(first().value, 1)
        XCTAssertEqual(counter.made, 1)
        let mark = context.analysisMark
        _ = context.analysis(Second.self) { Second(value: 2) }
        context.forgetAnalyses(since: mark)
        XCTAssertEqual(first().value, 1)
        XCTAssertEqual(counter.made, 1, "made before the mark: kept")
        var remade = false
        _ = context.analysis(Second.self) { remade = true; return Second(value: 3) }
        XCTAssertTrue(remade, "made after the mark: dropped")
    }
}
