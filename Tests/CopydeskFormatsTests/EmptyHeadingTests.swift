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
