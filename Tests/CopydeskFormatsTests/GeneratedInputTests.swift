import CopydeskCore
import XCTest

@testable import CopydeskFormats

/// Property checks on inputs built from a small grammar with a seeded generator: parsing never
/// traps, and every verbatim piece equals its source bytes.
final class GeneratedInputTests: XCTestCase {
    /// SplitMix64: small, seeded, the same sequence on every machine.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    }

    static let words = ["word", "Café", "“quote”", "naïve", "😀", "déjà", "x", "AT&T", "don’t", "1990s"]

    static let markdownTokens = [
        " ", " ", "\n", "\n\n", "\r\n", "\t", "*", "**", "_", "`", "``", "[", "](", "](http://a.b/c)", ")", "<", ">",
        "&amp;", "&copy;", "&#233;", "&bogus;", "\\*", "\\", "> ", "- ", "1. ", "# ", "## ", "~~", "![", "![alt](i.png)",
        "| a | b |\n|---|---|\n| c | d |\n", "<!-- copydesk-disable x -->", "<img src=\"s\" alt=\"a &amp; b\">",
        "<a href=\"u\" target=\"_blank\">", "</a>", "<https://x.y/z>", "www.ex.com", "```\ncode\n```\n", "    ", "---\n",
        "<div>", "</div>", "\"", "'", "  \n", "===\n", "[r]: /u\n", "[r]", "<br>", "&", "\u{00A0}",
    ]

    static let htmlTokens = [
        " ", "\n", "\r\n", "\t", "<p>", "</p>", "<b>", "</b>", "<i>", "<div>", "</div>", "<li>", "<ul>", "</ul>",
        "<table><tr><td>", "</td><th>", "</table>", "&amp;", "&nbsp;", "&mdash;", "&#233;", "&#xZZ;", "&", "<", ">",
        "<!--", "-->", "<!-- c -->", "<script>", "</script>", "<style>", "</style>", "<br>", "<br/>",
        "<img src=x alt='y &amp; z'>", "<img src=x>", "<a href='u' target=_blank title=\"t\">", "</a>", "<code>", "</code>",
        "<blockquote>", "</blockquote>", "<h2>", "</h2>", "<pre>", "</pre>", "<title>", "</title>", "<html lang=en>",
        "\"", "'", "=", "<figcaption>", "<meta name=description content='d'>",
    ]

    func generate(_ tokens: [String], _ generator: inout Generator) -> String {
        var out = ""
        let count = 3 + Int(generator.next() % 40)
        for _ in 0..<count {
            out += generator.next() % 3 == 0 ? generator.pick(Self.words) : generator.pick(tokens)
        }
        return out
    }

    func check(_ syntax: Syntax, _ tokens: [String], seed: UInt64, count: Int) {
        var generator = Generator(state: seed)
        for index in 0..<count {
            var input = generate(tokens, &generator)
            if syntax == .markdown, index % 7 == 0 { input = "---\ntitle: \(generator.pick(Self.words)) t\n---\n" + input }
            let document: Document
            do {
                document = try DocumentReader.parse(SourceText(input), path: "g", syntax: syntax)
            } catch {
                XCTAssertTrue(error is FormatError, "unexpected error \(error) for \(input.debugDescription)")
                continue
            }
            FormatCheck.assertPieces(document)
            for block in document.blocks {
                XCTAssertTrue(block.sourceRange.lowerBound >= 0 && block.sourceRange.upperBound <= document.source.count,
                              "block outside source for \(input.debugDescription)")
            }
            for range in document.links.map(\.sourceRange) + document.images.map(\.sourceRange) + document.comments.map(\.sourceRange) {
                XCTAssertTrue(range.lowerBound >= 0 && range.upperBound <= document.source.count,
                              "range \(range) outside source for \(input.debugDescription)")
            }
            for comment in document.comments {
                XCTAssertTrue(document.source.text(comment.sourceRange).hasPrefix("<!--"))
            }
        }
    }

    func testGeneratedMarkdown() {
        check(.markdown, Self.markdownTokens, seed: 0xC0DE_5EED, count: 1_500)
    }

    func testGeneratedHTML() {
        check(.html, Self.htmlTokens, seed: 0xFEED_BEEF, count: 1_500)
    }

    func testGeneratedMarkdownIsDeterministic() throws {
        var generator = Generator(state: 42)
        for _ in 0..<100 {
            let input = generate(Self.markdownTokens, &generator)
            guard !input.hasPrefix("---") else { continue }
            let first = try MarkdownParser.parse(SourceText(input), path: "a")
            let second = try MarkdownParser.parse(SourceText(input), path: "a")
            XCTAssertEqual(first.blocks.map(\.text), second.blocks.map(\.text))
            XCTAssertEqual(first.blocks.map(\.pieces), second.blocks.map(\.pieces))
        }
    }
}
