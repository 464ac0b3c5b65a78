import XCTest
@testable import CopydeskCore

final class TokenizerTests: XCTestCase {
    private func kinds(_ text: String) -> [String] {
        Tokenizer.tokens(in: text).map { "\($0.kind.rawValue):\($0.text)" }
    }

    func testEmojiVariationSelectorsAreNotWords() {
        XCTAssertEqual(kinds("We ❤️ it, 👍🏽 café naïve"), ["word:We", "word:it", "word:café", "word:naïve"])
        XCTAssertEqual(kinds("cafe\u{301}"), ["word:cafe\u{301}"])
    }

    func testWordsAndSkippedKinds() {
        XCTAssertEqual(kinds("Visit https://example.com/a?b=1, or www.bbc.co.uk."), [
            "word:Visit", "url:https://example.com/a?b=1", "word:or", "url:www.bbc.co.uk",
        ])
        XCTAssertEqual(kinds("Mail desk@paper.org, @handle #news ~/notes/a.md"), [
            "word:Mail", "email:desk@paper.org", "handle:@handle", "hashtag:#news", "path:~/notes/a.md",
        ])
        XCTAssertEqual(kinds("In the 1990s, 6am, £1.2m, 3.4% and 21st COVID-19 MP3"), [
            "word:In", "word:the", "number:1990s", "number:6am", "number:£1.2m", "number:3.4%", "word:and",
            "number:21st", "alphanumeric:COVID-19", "alphanumeric:MP3",
        ])
    }

    func testApostrophesHyphensAndAbbreviations() {
        XCTAssertEqual(kinds("Women’s groups, passengers’ bags, don't; a well-run U.S. e.g. test."), [
            "word:Women’s", "word:groups", "word:passengers’", "word:bags", "word:don't", "word:a", "word:well-run",
            "word:U.S.", "word:e.g.", "word:test",
        ])
        XCTAssertEqual(kinds("“Quoted,” she said—then left… (really)"), [
            "word:Quoted", "word:she", "word:said", "word:then", "word:left", "word:really",
        ])
        XCTAssertEqual(kinds("and/or x\u{FFFC}y"), ["word:and", "word:or", "word:x", "code:\u{FFFC}", "word:y"])
    }

    /// The same sentence after a multibyte prefix: every range still selects its token's text.
    func testRangesSelectTokenTextAfterMultibytePrefix() {
        let body = "The “council’s” café 😀 voted 9–4 at 6pm."
        for prefix in ["", "— ", "😀😀 ", "“”‘’ "] {
            let text = prefix + body
            let bytes = Array(text.utf8)
            let tokens = Tokenizer.tokens(in: text)
            XCTAssertEqual(tokens.map(\.text), ["The", "council’s", "café", "voted", "9", "4", "at", "6pm"], "prefix \(prefix)")
            for token in tokens {
                XCTAssertEqual(String(decoding: bytes[token.range], as: UTF8.self), token.text)
            }
        }
    }

    /// A token packs its length and kind into one word: each kind and a long range read back as written.
    func testTokenKeepsEveryKindAndLongRanges() {
        for kind in TokenKind.allCases {
            var token = Token(range: 70_000_000..<70_250_000, text: "x", kind: kind)
            XCTAssertEqual(token.kind, kind)
            XCTAssertEqual(token.range, 70_000_000..<70_250_000)
            token.range = 3..<9
            XCTAssertEqual(token.kind, kind, "changing the range keeps the kind")
            token.kind = kind == .word ? .code : .word
            XCTAssertEqual(token.range, 3..<9, "changing the kind keeps the range")
        }
    }

    /// A selection reads the kept tokens in place, in order, as `filter` would return them.
    func testSelectionMatchesFilter() {
        let tokens = Tokenizer.tokens(in: "In 2024 the U.S. team, COVID-19 www.bbc.co.uk and MP3 players won.")
        let words = tokens.selecting { $0.kind == .word }
        XCTAssertEqual(Array(words), tokens.filter { $0.kind == .word })
        XCTAssertEqual(words.count, 7)
        XCTAssertEqual(words.last?.text, "won")
    }
}
