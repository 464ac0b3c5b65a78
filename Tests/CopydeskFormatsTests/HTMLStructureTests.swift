import CopydeskCore
import Foundation
import XCTest

@testable import CopydeskFormats

final class HTMLStructureTests: XCTestCase {
    private func parse(_ text: String) -> Document {
        HTMLParser.parse(SourceText(text), path: "a.html")
    }

    func testDeclaredLanguageAndTitle() {
        let document = parse("<!DOCTYPE html>\n<html lang=\"de-CH\"><head><title>Die &amp; Zeitung</title></head><body><h2>Sub</h2></body></html>")
        XCTAssertEqual(document.declaredLanguage, "de-CH")
        XCTAssertEqual(document.metadataLanguage, "de-CH")
        XCTAssertEqual(document.blocks.map(\.kind), [.frontMatter, .heading])
        XCTAssertEqual(document.blocks.first?.field, "title")
        XCTAssertEqual(document.blocks.first?.text, "Die & Zeitung")
        XCTAssertEqual(document.blocks.last?.level, 2)
    }

    func testSkippedElementsLeaveNoProse() {
        let input = "<head><style>p { color: red }</style><script>var hidden = '<p>x</p>';</script></head>"
            + "<p>Shown <code>hiddencode</code></p><pre>hiddenpre</pre><template><p>hiddentemplate</p></template>"
            + "<noscript>hiddennoscript</noscript><p>After</p>"
        let document = parse(input)
        let all = document.blocks.map(\.text).joined(separator: "|")
        XCTAssertEqual(all, "Shown \u{FFFC}|After")
    }

    func testLinksImagesTablesComments() {
        let input = """
        <p>Read <a href="/a" title="Tip">the story</a> or <a href="/b" target="_BLANK">this</a>.</p>
        <img src="x.png"><img src="y.png" alt=""><img src="z.png" alt="A dog">
        <!-- copydesk-disable readability -->
        <table><thead><tr><td>H</td></tr></thead><tr><td>1</td></tr></table>
        <table><tr><td>no header</td></tr></table>
        """
        let document = parse(input)
        XCTAssertEqual(document.links.map(\.text), ["the story", "this"])
        XCTAssertEqual(document.links.map(\.destination), ["/a", "/b"])
        XCTAssertEqual(document.links.map(\.title), ["Tip", nil])
        XCTAssertEqual(document.links.map(\.opensNewWindow), [false, true])
        XCTAssertEqual(document.source.text(document.links[0].sourceRange), "<a href=\"/a\" title=\"Tip\">the story</a>")
        XCTAssertEqual(document.images.map(\.alt), [nil, "", "A dog"])
        XCTAssertEqual(document.source.text(document.images[2].sourceRange), "<img src=\"z.png\" alt=\"A dog\">")
        XCTAssertEqual(document.comments.map(\.text), ["copydesk-disable readability"])
        XCTAssertEqual(document.source.text(document.comments[0].sourceRange), "<!-- copydesk-disable readability -->")
        XCTAssertEqual(document.tables.map(\.hasHeaderRow), [true, false])
        XCTAssertTrue(document.source.text(document.tables[1].sourceRange).hasPrefix("<table><tr>"))
        XCTAssertTrue(document.source.text(document.tables[1].sourceRange).hasSuffix("</table>"))
        XCTAssertEqual(document.blocks.filter { $0.kind == .altText }.map(\.text), ["Tip", "A dog"])
    }

    func testAnchorsWithoutHrefAreNotLinksAndImagesNameLinks() {
        let document = parse("<p><a name=\"top\">Top</a> <a href=\"/home\"><img src=\"logo.png\" alt=\"Home page\"></a></p>")
        XCTAssertEqual(document.links.map(\.destination), ["/home"])
        XCTAssertEqual(document.links.map(\.text), ["Home page"])
        XCTAssertEqual(document.blocks.map(\.text), ["Top", "Home page"])
    }

    func testKindsAndQuotes() {
        let input = "<blockquote><p>q</p><ul><li>qi</li></ul></blockquote><dl><dt>term</dt></dl>"
            + "<figure><figcaption>cap</figcaption></figure><table><tr><th>th</th><td>td</td></tr></table><div>loose</div>"
        let document = parse(input)
        let summary = document.blocks.map { "\($0.kind.rawValue):\($0.inBlockQuote):\($0.text)" }
        XCTAssertEqual(summary, [
            "paragraph:true:q", "listItem:true:qi", "listItem:false:term", "caption:false:cap",
            "tableCell:false:th", "tableCell:false:td", "paragraph:false:loose",
        ])
    }

    func testLineBreakTagFollowedByNewlineIsOneBreak() throws {
        let document = parse("<p>first line<br>\n   second line</p>")
        XCTAssertEqual(document.blocks.first?.text, "first line\nsecond line")
        FormatCheck.assertPieces(document)
        FormatCheck.assertMaps(document, "second")
    }

    func testWhitespaceRunsWithLineBreaksReadAsOneBreak() throws {
        let document = parse("<p>one\n      two   three</p>")
        let block = try XCTUnwrap(document.blocks.first)
        XCTAssertEqual(block.text, "one\ntwo   three")
        FormatCheck.assertPieces(document)
    }

    func testTagSoupIsBoundedAndMapped() {
        let soups = [
            "<p>unclosed <b>bold <i>italic</p> stray</b> text</i>",
            "<<p>>weird &amp &ampx; &#xZZ; text</p><",
            "<table><td>cell<tr>row</table></td>after",
            String(repeating: "<div>", count: 5_000) + "deep" + String(repeating: "</div>", count: 10),
            "<p title=\"unterminated>text</p><img alt='x",
            "</p></p></div>orphan closers<p>",
        ]
        for soup in soups {
            let document = parse(soup)
            FormatCheck.assertPieces(document)
        }
        XCTAssertTrue(parse(soups[3]).blocks.contains { $0.text == "deep" })
    }

    func testDeclaredCharsetDoesNotChangeDecoding() {
        let document = parse("<meta charset=\"iso-8859-1\"><p>café “quoted” 😀</p>")
        XCTAssertEqual(document.blocks.map(\.text), ["café “quoted” 😀"])
        FormatCheck.assertMaps(document, "café")
    }

    func testParsesOnManyThreadsAtOnce() {
        let inputs = (0..<32).map { "<p>Thread \($0) &amp; words</p><!-- c\($0) -->" }
        let results = ThreadResults(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            let html = HTMLParser.parse(SourceText(inputs[index]), path: "t.html")
            let markdown = try? MarkdownParser.parse(SourceText("Thread \(index) *and* words\n"), path: "t.md")
            results.set(index, (html.blocks.first?.text ?? "") + "|" + (markdown?.blocks.first?.text ?? ""))
        }
        for index in inputs.indices {
            XCTAssertEqual(results.get(index), "Thread \(index) & words|Thread \(index) and words")
        }
    }
}

/// Results written from several threads.
private final class ThreadResults: @unchecked Sendable {
    private var values: [String]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: "", count: count) }
    func set(_ index: Int, _ value: String) { lock.lock(); values[index] = value; lock.unlock() }
    func get(_ index: Int) -> String { lock.lock(); defer { lock.unlock() }; return values[index] }
}
