import CopydeskCore
import XCTest

@testable import CopydeskFormats

final class MarkdownStructureTests: XCTestCase {
    private func parse(_ text: String) throws -> Document {
        try MarkdownParser.parse(SourceText(text), path: "a.md")
    }

    private func source(_ document: Document, _ range: Range<Int>) -> String { document.source.text(range) }

    func testLinksCarryTextDestinationTitleAndRange() throws {
        let input = "See [the *report*](https://ex.org/r \"Report\") and <a href=\"https://ex.org/n\" target=\"_blank\">new tab</a>.\n"
        let document = try parse(input)
        XCTAssertEqual(document.links.count, 2)
        let first = try XCTUnwrap(document.links.first)
        XCTAssertEqual(first.text, "the report")
        XCTAssertEqual(first.destination, "https://ex.org/r")
        XCTAssertEqual(first.title, "Report")
        XCTAssertFalse(first.opensNewWindow)
        XCTAssertEqual(source(document, first.sourceRange), "[the *report*](https://ex.org/r \"Report\")")
        let second = try XCTUnwrap(document.links.last)
        XCTAssertEqual(second.text, "new tab")
        XCTAssertEqual(second.destination, "https://ex.org/n")
        XCTAssertTrue(second.opensNewWindow)
        XCTAssertEqual(source(document, second.sourceRange), "<a href=\"https://ex.org/n\" target=\"_blank\">new tab</a>")
    }

    func testAutolinksAreLinksWithPlaceholders() throws {
        let document = try parse("Go to <https://a.example/x> or www.b.example today.\n")
        XCTAssertEqual(document.links.map(\.destination), ["https://a.example/x", "http://www.b.example"])
        XCTAssertEqual(document.links.map { source(document, $0.sourceRange) }, ["<https://a.example/x>", "www.b.example"])
        XCTAssertEqual(document.blocks.first?.text, "Go to \u{FFFC} or \u{FFFC} today.")
    }

    func testLinkWhoseTextIsItsAddressIsNotAnAutolink() throws {
        let document = try parse("[https://ex.org](https://ex.org) then <a name=\"x\">anchor</a>\n")
        XCTAssertEqual(document.blocks.first?.text, "https://ex.org then anchor")
        XCTAssertEqual(document.links.count, 1)
        XCTAssertEqual(document.source.text(document.links[0].sourceRange), "[https://ex.org](https://ex.org)")
    }

    func testBlocksOfOnlyCodeOrImagesAreNotProse() throws {
        let document = try parse("![Alt words](a.png)\n\n`only code`\n\nReal `code` text\n")
        XCTAssertEqual(document.blocks.map(\.text), ["Alt words", "Real \u{FFFC} text"])
        XCTAssertEqual(document.blocks.map(\.kind), [.altText, .paragraph])
    }

    func testImagesWithAndWithoutAlt() throws {
        let document = try parse("![](empty.png) ![A chart](c.png) <img src=\"n.png\"> <img src=\"b.png\" alt=\"\">\n")
        XCTAssertEqual(document.images.map(\.source), ["empty.png", "c.png", "n.png", "b.png"])
        XCTAssertEqual(document.images.map(\.alt), ["", "A chart", nil, ""])
        XCTAssertEqual(source(document, document.images[1].sourceRange), "![A chart](c.png)")
        XCTAssertEqual(source(document, document.images[2].sourceRange), "<img src=\"n.png\">")
        let alts = document.blocks.filter { $0.kind == .altText }.map(\.text)
        XCTAssertEqual(alts, ["A chart"])
    }

    func testCommentsAreCollectedTrimmed() throws {
        let input = "Text <!--  copydesk-disable spelling  --> more\n\n<!--\ncopydesk-enable\n-->\n\nEnd\n"
        let document = try parse(input)
        XCTAssertEqual(document.comments.map(\.text), ["copydesk-disable spelling", "copydesk-enable"])
        XCTAssertEqual(source(document, document.comments[0].sourceRange), "<!--  copydesk-disable spelling  -->")
        XCTAssertEqual(source(document, document.comments[1].sourceRange), "<!--\ncopydesk-enable\n-->")
        XCTAssertFalse(document.blocks.contains { $0.text.contains("copydesk") })
    }

    func testBlockQuotesListsAndHeadingsAreFlagged() throws {
        let document = try parse("## Sub *head*\n\n> quoted para\n>\n> - quoted item\n\n- plain item\n\nplain para\n")
        let summary = document.blocks.map { "\($0.kind.rawValue):\($0.level):\($0.inBlockQuote):\($0.text)" }
        XCTAssertEqual(summary, [
            "heading:2:false:Sub head", "paragraph:0:true:quoted para", "listItem:0:true:quoted item",
            "listItem:0:false:plain item", "paragraph:0:false:plain para",
        ])
    }

    func testTablesAndCells() throws {
        let document = try parse("| Name | Age |\n|---|---|\n| Ann | 3 |\n\n| | |\n|-|-|\n| x | y |\n")
        XCTAssertEqual(document.tables.map(\.hasHeaderRow), [true, false])
        XCTAssertEqual(document.blocks.filter { $0.kind == .tableCell }.map(\.text), ["Name", "Age", "Ann", "3", "x", "y"])
        XCTAssertTrue(source(document, document.tables[0].sourceRange).hasPrefix("| Name | Age |"))
    }

    func testHardAndSoftBreaksMapToLineEnds() throws {
        let document = try parse("one\r\ntwo  \r\nthree\n")
        let block = try XCTUnwrap(document.blocks.first)
        XCTAssertEqual(block.text, "one\ntwo\nthree")
        let breaks = block.pieces.filter { !$0.verbatim }.map { source(document, $0.sourceStart..<$0.sourceEnd) }
        XCTAssertEqual(breaks, ["\r\n", "  \r\n"])
    }

    func testYAMLFrontMatterBecomesBlocksAndMetadata() throws {
        let document = try parse("---\ntitle: A “quoted” title\nlang: en-GB\ntags: [a, b]\n---\nBody\n")
        XCTAssertEqual(document.frontMatter?.values["lang"], .string("en-GB"))
        XCTAssertEqual(document.frontMatter?.values["tags"], .list([.string("a"), .string("b")]))
        XCTAssertEqual(document.metadataLanguage, "en-GB")
        XCTAssertEqual(document.blocks.first?.kind, .frontMatter)
        XCTAssertEqual(document.blocks.first?.field, "title")
        XCTAssertEqual(document.blocks.map(\.text), ["A “quoted” title", "Body"])
    }

    func testMalformedFrontMatterThrowsWithLine() {
        XCTAssertThrowsError(try parse("---\ntitle: ok\nbad: [unclosed\nmore: x\n---\nBody\n")) { error in
            let formatError = error as? FormatError
            XCTAssertNotNil(formatError)
            XCTAssertNotNil(formatError?.line)
            XCTAssertTrue((3...5).contains(formatError?.line ?? 0), "line \(String(describing: formatError?.line))")
            XCTAssertTrue(String(describing: error).contains("front matter"))
        }
        XCTAssertThrowsError(try parse("---\ntitle: never closed\n\nBody\n")) { error in
            XCTAssertEqual((error as? FormatError)?.line, 1)
        }
    }
}
