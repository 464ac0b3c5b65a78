import CopydeskCore
import XCTest

@testable import CopydeskFormats

/// Headings with no text make no block; the Markdown front end records where they are.
final class EmptyHeadingTests: XCTestCase {
    func testEmptyATXHeadingsAreRecordedWithTheirRange() throws {
        let input = "# Title\n\n##\n\nText.\n\n### \n\n## Real\n"
        let document = try MarkdownParser.parse(SourceText(input), path: "a.md")
        XCTAssertEqual(document.emptyHeadings.map { document.source.location(at: $0.lowerBound).line }, [3, 7])
        XCTAssertEqual(document.emptyHeadings.map { document.source.text($0).trimmingCharacters(in: .whitespaces) }, ["##", "###"])
        XCTAssertEqual(document.blocks.filter { $0.kind == .heading }.map(\.text), ["Title", "Real"])
    }

    func testHeadingsWithTextAreNotEmpty() throws {
        let document = try MarkdownParser.parse(SourceText("# Title\n\n## `code`\n"), path: "a.md")
        XCTAssertEqual(document.emptyHeadings, [])
    }
}

final class HTMLEmptyHeadingTests: XCTestCase {
    func testEmptyHTMLHeadingsAreRecorded() {
        let input = "<html><body>\n<h1>Title</h1>\n<h2></h2>\n<p>Text.</p>\n<h3>  </h3>\n<h2>Real</h2>\n</body></html>\n"
        let document = HTMLParser.parse(SourceText(input), path: "a.html")
        XCTAssertEqual(document.emptyHeadings.map { document.source.text($0) }, ["<h2></h2>", "<h3>  </h3>"])
        XCTAssertEqual(document.blocks.filter { $0.kind == .heading }.map(\.text), ["Title", "Real"])
    }

    func testHTMLBlockInsideMarkdown() throws {
        let document = try MarkdownParser.parse(SourceText("# Title\n\n<h2></h2>\n\nText.\n"), path: "a.md")
        XCTAssertEqual(document.emptyHeadings.map { document.source.text($0) }, ["<h2></h2>"])
    }
}
