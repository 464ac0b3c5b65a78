import CopydeskCore
import Foundation
import XCTest

@testable import CopydeskFormats

/// Inputs that make naive parsers slow or crash: each must finish well within its bound and still
/// give the expected prose. Bounds are generous (debug builds on a shared two-core machine).
final class PathologicalInputTests: XCTestCase {
    private func timed<T>(_ bound: TimeInterval, _ label: String, _ body: () throws -> T) rethrows -> T {
        let start = Date()
        let result = try body()
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertLessThan(elapsed, bound, "\(label) took \(elapsed) s")
        return result
    }

    func testDeeplyNestedMarkdownBlockQuotes() throws {
        let input = String(repeating: ">", count: 20_000) + " deep words\n"
        let document = try timed(10, "20,000 quotes") { try MarkdownParser.parse(SourceText(input), path: "q.md") }
        XCTAssertEqual(document.blocks.map(\.text), ["deep words"])
        XCTAssertEqual(document.blocks.first?.inBlockQuote, true)
        FormatCheck.assertMaps(document, "deep")
    }

    func testManyEmphasisMarkers() throws {
        let stars = String(repeating: "*", count: 50_000) + "\n"
        let document = try timed(10, "50,000 stars") { try MarkdownParser.parse(SourceText(stars), path: "s.md") }
        FormatCheck.assertPieces(document)
        let mixed = String(repeating: "*a", count: 50_000) + "\n"
        let second = try timed(20, "50,000 *a") { try MarkdownParser.parse(SourceText(mixed), path: "s.md") }
        FormatCheck.assertPieces(second)
        XCTAssertEqual(second.blocks.first?.text.filter { $0 == "a" }.count, 50_000)
    }

    func testTwoMegabyteLine() throws {
        let unit = "word &amp; `c` [l](u) "
        let input = String(repeating: unit, count: 2_000_000 / unit.utf8.count) + "\n"
        let document = try timed(60, "2 MB line") { try MarkdownParser.parse(SourceText(input), path: "l.md") }
        XCTAssertEqual(document.blocks.count, 1)
        XCTAssertEqual(document.links.count, 2_000_000 / unit.utf8.count)
        let block = try XCTUnwrap(document.blocks.first)
        let last = try XCTUnwrap(block.pieces.last { $0.verbatim })
        XCTAssertEqual(document.source.text(last.sourceStart..<last.sourceEnd), String(block.text.utf8.suffix(last.textLength))!)
    }

    func testDeepAndUnclosedHTML() {
        let divs = String(repeating: "<div>", count: 20_000) + "deep" + String(repeating: "</div>", count: 20_000)
        let document = timed(20, "20,000 divs") { HTMLParser.parse(SourceText(divs), path: "d.html") }
        XCTAssertEqual(document.blocks.map(\.text), ["deep"])
        let quotes = String(repeating: "<blockquote>x", count: 20_000)
        let quoted = timed(20, "20,000 open quotes") { HTMLParser.parse(SourceText(quotes), path: "q.html") }
        XCTAssertEqual(quoted.blocks.count, 20_000)
        XCTAssertTrue(quoted.blocks.allSatisfy(\.inBlockQuote))
        let brackets = String(repeating: "<", count: 200_000) + String(repeating: "<!-- x ", count: 20_000)
        let soup = timed(20, "brackets and open comments") { HTMLParser.parse(SourceText(brackets), path: "b.html") }
        FormatCheck.assertPieces(soup)
    }
}
