import CopydeskCore
import XCTest
@testable import CopydeskRules

/// A block's words as the lexicons read them, stored compactly (a one-paragraph article is one block).
final class CWWordTests: XCTestCase {
    func testWordsKeepRangeSentenceNumberAndNameFlag() {
        let text = "The charity Beat said nine people\u{2019}s homes flooded. Police-led teams came."
        let words = CWWord.words(in: text)
        XCTAssertEqual(words.map(\.text), ["the", "charity", "beat", "said", "nine", "people", "homes", "flooded",
                                           "police", "led", "teams", "came"])
        XCTAssertEqual(words.map(\.sentence), [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1])
        XCTAssertEqual(words.map(\.isName), [false, false, true, false, false, false, false, false,
                                             false, false, false, false])
        XCTAssertEqual(words[4].number, 9)
        XCTAssertNil(words[3].number)
        XCTAssertEqual(words.numerals, [4])
        // Ranges point at the source text of each word or hyphenated part.
        let bytes = Array(text.utf8)
        XCTAssertEqual(String(decoding: bytes[words[2].range], as: UTF8.self), "Beat")
        XCTAssertEqual(String(decoding: bytes[words[9].range], as: UTF8.self), "led")
    }

    func testPositionsFindExactWordsAndBeginnings() {
        let words = CWWord.words(in: "Floods hit the town; the flooding spread.")
        let exact = [CWKeyedWord(text: "the", key: CWWordFilter.wordKey("the"))]
        XCTAssertEqual(words.positions(exact: exact, prefixes: []), [2, 4])
        let stem = [CWKeyedWord(text: "flood", key: CWWordFilter.prefixKey("flood")!)]
        XCTAssertEqual(words.positions(exact: [], prefixes: stem), [0, 5])
    }

    /// The word and token records are what a very large article holds millions of.
    func testRecordsStayCompact() {
        XCTAssertEqual(MemoryLayout<CWWord>.stride, 32)
        XCTAssertEqual(MemoryLayout<Token>.stride, 24)
    }
}
