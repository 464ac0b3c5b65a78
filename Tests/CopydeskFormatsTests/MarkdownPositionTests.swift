import CopydeskCore
import XCTest

@testable import CopydeskFormats

/// Every case is checked three ways: as written, after a paragraph of multibyte text, and with CRLF line endings.
final class MarkdownPositionTests: XCTestCase {
    struct Case {
        var input: String
        /// (word as read, raw source form if different, occurrence of the raw form in the source)
        var words: [(String, String?, Int)]
    }

    static let prefix = "“Ça va” — naïve café 😀 déjà vu\n\n"

    static let cases: [Case] = [
        Case(input: "# Heading *one* here\n\nA plain paragraph with words.\n",
             words: [("Heading", nil, 0), ("one", nil, 0), ("here", nil, 0), ("plain", nil, 0), ("words", nil, 0)]),
        Case(input: "Caf\u{E9} “quoted” words 😀 emoji here.\n",
             words: [("“quoted”", nil, 0), ("emoji", nil, 0), ("here", nil, 0)]),
        Case(input: "AT&amp;T and &copy; 2024 &#233;t&#xE9; end\n",
             words: [("AT&T", "AT&amp;T", 0), ("©", "&copy;", 0), ("été", "&#233;t&#xE9;", 0), ("end", nil, 0)]),
        Case(input: "Done &check; and &amp without semicolon &NotANamedThing; end\n",
             words: [("✓", "&check;", 0), ("&amp", nil, 0), ("&NotANamedThing;", nil, 0), ("end", nil, 0)]),
        Case(input: "Use `code here` then more words\n",
             words: [("\u{FFFC}", "`code here`", 0), ("then", nil, 0), ("words", nil, 0)]),
        Case(input: "A [link text](http://example.com/words \"Title\") and words after.\n",
             words: [("link", nil, 0), ("text", nil, 0), ("words", nil, 1), ("after", nil, 0)]),
        Case(input: "See <https://example.com/x> and www.example.org now.\n",
             words: [("\u{FFFC}", "<https://example.com/x>", 0), ("\u{FFFC}", "www.example.org", 0), ("now", nil, 0)]),
        Case(input: "First line\nsecond\tline with tab  \nthird line\\\nfourth\n",
             words: [("second", nil, 0), ("tab", nil, 0), ("third", nil, 0), ("fourth", nil, 0)]),
        Case(input: "> Quoted **strong** words\n> continue here\n>\n> > nested deep\n",
             words: [("Quoted", nil, 0), ("strong", nil, 0), ("continue", nil, 0), ("deep", nil, 0)]),
        Case(input: "- item one\n- item *two*\n\n1. numbered three\n   continued four\n",
             words: [("one", nil, 0), ("two", nil, 0), ("three", nil, 0), ("four", nil, 0)]),
        Case(input: "| Head | Other |\n|------|-------|\n| cell | `x` \\| pipe |\n",
             words: [("Head", nil, 0), ("Other", nil, 0), ("cell", nil, 0), ("pipe", nil, 0)]),
        Case(input: "Escaped \\*stars\\* and ~~struck words~~ here.\n",
             words: [("*stars*", "\\*stars\\*", 0), ("struck", nil, 0), ("here", nil, 0)]),
        Case(input: "Text ![alt words](img.png \"pic title\") and <img src=\"a.png\" alt=\"raw &amp; alt\" title=\"hover\"> tail\n",
             words: [("alt", nil, 0), ("words", nil, 0), ("pic", nil, 0), ("raw & alt", "raw &amp; alt", 0), ("hover", nil, 0), ("tail", nil, 0)]),
        Case(input: "Setext heading\nover two lines\n===\n\nbody words\n",
             words: [("Setext", nil, 0), ("two", nil, 0), ("body", nil, 0)]),
        Case(input: "Before <!-- copydesk-disable spelling --> after\n\n<!-- block\ncomment -->\n\nlast words\n",
             words: [("Before", nil, 0), ("after", nil, 0), ("last", nil, 0)]),
        Case(input: "<div>\nHTML <b>block</b> prose &amp; more\n</div>\n\nnext para\n",
             words: [("HTML", nil, 0), ("block", nil, 0), ("&", "&amp;", 0), ("next", nil, 0)]),
        Case(input: "\tindented code\n\n```\nfenced code\n```\n\nprose words\n", words: [("prose", nil, 0)]),
        Case(input: "[ref link][r] and [r] done.\n\n[r]: http://r.example \"R\"\n",
             words: [("ref", nil, 0), ("done", nil, 0)]),
        Case(input: "Intro line\n| alpha | beta |\n|---|---|\n| gamma | - |\n\n> | quoted | cell |\n> |---|---|\n> | delta | eps |\n",
             words: [("Intro", nil, 0), ("alpha", nil, 0), ("beta", nil, 0), ("gamma", nil, 0), ("-", nil, 6),
                     ("quoted", nil, 0), ("delta", nil, 0), ("eps", nil, 0)]),
        Case(input: "A <span title=\"tip words\">span</span> and [![logo alt](l.png)](http://x) end\n",
             words: [("tip", nil, 0), ("span", nil, 1), ("logo", nil, 0), ("end", nil, 0)]),
        Case(input: "> <div>\n> quoted html words\n> </div>\n\n1.\tTabbed item\n",
             words: [("quoted", nil, 0), ("words", nil, 0), ("Tabbed", nil, 0)]),
    ]

    func run(_ input: String, _ words: [(String, String?, Int)], file: StaticString = #filePath, line: UInt = #line) {
        guard let document = FormatCheck.parse(input, .markdown, file: file, line: line) else { return }
        FormatCheck.assertPieces(document, file: file, line: line)
        for (word, raw, occurrence) in words {
            FormatCheck.assertMaps(document, word, raw: raw, occurrence: occurrence, file: file, line: line)
        }
    }

    func testCasesAsWritten() {
        for item in Self.cases { run(item.input, item.words) }
    }

    func testCasesAfterMultibytePrefix() {
        for item in Self.cases { run(Self.prefix + item.input, item.words) }
    }

    func testCasesWithCRLF() {
        for item in Self.cases { run(FormatCheck.crlf(item.input), item.words) }
        for item in Self.cases { run(FormatCheck.crlf(Self.prefix + item.input), item.words) }
    }

    /// Old Mac line endings: cmark ends a line at a lone CR, so the source's lines must too (found by the
    /// `sections` fuzz target: every word after a lone CR used to map to the wrong line).
    func testCasesWithLoneCR() {
        for item in Self.cases { run(item.input.replacingOccurrences(of: "\n", with: "\r"), item.words) }
        let input = "First line.\rSecond wrold here.\n\nThird teh line.\n"
        run(input, [("wrold", nil, 0), ("teh", nil, 0)])
        guard let document = FormatCheck.parse(input, .markdown) else { return }
        let offset = Array(input.utf8).firstIndex(of: UInt8(ascii: "w"))!
        XCTAssertEqual(document.source.location(at: offset), SourceLocation(line: 2, column: 8))
    }

    func testCodeIsSkipped() throws {
        let document = try XCTUnwrap(FormatCheck.parse("Call `secretcode` now.\n\n```\nfencedsecret\n```\n\n    indentedsecret\n", .markdown))
        let raw = try XCTUnwrap(FormatCheck.parse("Press <kbd>Ctrl</kbd> and <code>rawsecret()</code> now.\n", .markdown))
        XCTAssertEqual(raw.blocks.map(\.text), ["Press \u{FFFC} and \u{FFFC} now."])
        FormatCheck.assertMaps(raw, "\u{FFFC}", raw: "<code>rawsecret()</code>")
        let all = document.blocks.map(\.text).joined(separator: " ")
        XCTAssertFalse(all.contains("secretcode"))
        XCTAssertFalse(all.contains("fencedsecret"))
        XCTAssertFalse(all.contains("indentedsecret"))
        XCTAssertEqual(document.blocks.first?.text, "Call \u{FFFC} now.")
    }

    func testLinkDestinationsAndAutolinksAreNotProse() throws {
        let document = try XCTUnwrap(FormatCheck.parse("[read](http://dest.example/path) <http://auto.example> www.bare.example\n", .markdown))
        let text = try XCTUnwrap(document.blocks.first?.text)
        XCTAssertFalse(text.contains("dest"))
        XCTAssertFalse(text.contains("auto"))
        XCTAssertFalse(text.contains("bare"))
        XCTAssertEqual(text, "read \u{FFFC} \u{FFFC}")
    }

    func testFrontMatterOffsetsBody() throws {
        let input = "---\ntitle: Hi\n---\n\nBody words here\n"
        let document = try XCTUnwrap(FormatCheck.parse(input, .markdown))
        FormatCheck.assertMaps(document, "Body", kind: .paragraph)
        FormatCheck.assertMaps(document, "Hi", kind: .frontMatter)
        let body = try XCTUnwrap(document.blocks.first { $0.kind == .paragraph })
        XCTAssertEqual(document.source.location(at: body.sourceRange.lowerBound), SourceLocation(line: 5, column: 1))
        XCTAssertFalse(document.blocks.contains { $0.kind == .heading }, "front matter must not read as a setext heading")
    }
}
