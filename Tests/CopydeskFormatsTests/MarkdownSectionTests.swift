import CopydeskCore
import Foundation
import XCTest

@testable import CopydeskFormats

/// A large file parsed section by section must read exactly like the same file parsed whole.
final class MarkdownSectionTests: XCTestCase {
    /// Every construct a cut could break: blank lines inside fenced code (with lines that would be headings
    /// outside it), raw HTML blocks and comments, lists, quotes, tables, images, and reference links whose
    /// definitions stand far from their use.
    private static let unit = """
        # Council votes on the \\(bridge\\) plan

        The [report][r1] says *costs* rose. See [the budget][budget] and <https://example.org/a>.

        ```swift
        let x = 1

        # not a heading inside code

        ~~~
        ```

        <!-- an editor's comment

        that spans a blank line -->

        <pre>
        preformatted

        # still preformatted
        </pre>

        - first item

        - second item with `code`

        > A quote that
        continues lazily.

        | Ward | Votes |
        | ---- | ----- |
        | East | 12 |

        ![A crane over the river](crane.jpg "Crane")

        ~~~~
        tilde fence

        ````
        still inside
        ~~~~

        Closing paragraph, café and naïve text.

        [r1]: https://example.org/report "The report"

        """

    private static func document(_ text: String, plan: MarkdownSections.Plan?) throws -> Document {
        let source = SourceText(text)
        if let plan { return try MarkdownParser.parse(source, path: "big.md", plan: plan) }
        return try MarkdownParser.parse(source, path: "big.md", plan: MarkdownSections.plan(source.utf8, threshold: .max))
    }

    private static func summary(_ document: Document) -> [String] {
        document.blocks.map { "\($0.kind) \($0.level) \($0.inBlockQuote) \($0.sourceRange) \($0.text.debugDescription) \($0.pieces)" }
            + document.links.map { "link \($0)" } + document.images.map { "image \($0)" }
            + document.comments.map { "comment \($0)" } + document.tables.map { "table \($0)" }
            + document.emptyHeadings.map { "empty \($0)" }
    }

    private func assertSectionedMatchesWhole(_ text: String, sectionSize: Int, file: StaticString = #filePath, line: UInt = #line) throws {
        let plan = MarkdownSections.plan(Array(text.utf8), sectionSize: sectionSize, threshold: 0)
        XCTAssertGreaterThan(plan.sections.count, 2, "the text must really be cut", file: file, line: line)
        let whole = Self.summary(try Self.document(text, plan: nil))
        let sectioned = Self.summary(try Self.document(text, plan: plan))
        XCTAssertEqual(sectioned.count, whole.count, file: file, line: line)
        for (a, b) in zip(sectioned, whole) where a != b {
            XCTFail("sectioned: \(a)\nwhole:     \(b)", file: file, line: line)
            return
        }
    }

    func testConstructsAcrossCutsReadTheSame() throws {
        let text = "---\ntitle: Bridge\nlang: en-GB\n---\n\n" + String(repeating: Self.unit, count: 12)
            + "[budget]: https://example.org/budget\n"
        for size in [1, 200, 700, 3000] {
            try assertSectionedMatchesWhole(text, sectionSize: size)
        }
    }

    /// Lone CRs end lines for cmark (old Mac files); the cuts must see the same lines. The regression inputs were
    /// found by the `sections` fuzz target (`fuzz/regressions/`): two CR mix-ups and a link whose tail the cursor
    /// had passed, which crashed the Markdown front end itself.
    func testOtherLineEndingsReadTheSame() throws {
        let text = String(repeating: Self.unit, count: 6)
        try assertSectionedMatchesWhole(text.replacingOccurrences(of: "\n", with: "\r"), sectionSize: 250)
        try assertSectionedMatchesWhole(text.replacingOccurrences(of: "\n", with: "\r\n"), sectionSize: 250)
        let mixed = String(repeating: "Para one\r```\rcode\r\r# inside\r```\n\nPara si\r\r\rnce here.\n\n", count: 20)
        try assertSectionedMatchesWhole(mixed, sectionSize: 40)
        let regressions = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../fuzz/regressions")
        for name in try FileManager.default.contentsOfDirectory(atPath: regressions.path) where name.hasPrefix("sections-") {
            // The fuzz target reads the first byte as the section size.
            let bytes = try Array(Data(contentsOf: regressions.appendingPathComponent(name)))
            let source = SourceText(utf8: Array(bytes.dropFirst()))
            let size = 1 + Int(bytes[0]) % 200
            let wholeDocument = try MarkdownParser.parse(source, path: name, sectionSize: size, threshold: .max)
            FormatCheck.assertPieces(wholeDocument)
            let whole = Self.summary(wholeDocument)
            let cut = Self.summary(try MarkdownParser.parse(source, path: name, sectionSize: size, threshold: 0))
            XCTAssertEqual(cut, whole, name)
        }
    }

    /// Inputs the `markdown` fuzz target crashed on: the front end must read them with sound pieces.
    func testMarkdownFuzzRegressionsParse() throws {
        let regressions = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../fuzz/regressions")
        let names = try FileManager.default.contentsOfDirectory(atPath: regressions.path).filter { $0.hasPrefix("markdown-") }
        XCTAssertFalse(names.isEmpty)
        for name in names {
            let bytes = try Array(Data(contentsOf: regressions.appendingPathComponent(name)))
            guard let source = try? SourceDecoder.decode(bytes) else { continue }
            FormatCheck.assertPieces(try MarkdownParser.parse(source, path: name))
        }
    }

    func testExampleArticlesReadTheSame() throws {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Examples").standardized
        let names = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".md") }
        XCTAssertFalse(names.isEmpty)
        for name in names {
            let text = try String(contentsOf: examples.appendingPathComponent(name), encoding: .utf8)
            try assertSectionedMatchesWhole(String(repeating: text + "\n", count: 4), sectionSize: 300)
        }
    }

    func testCutsOnlyAfterBlankLinesAtTheMarginOutsideCodeAndHTML() {
        let text = "a\n\n```\nx\n\ny\n```\n\n<pre>\n\nz\n</pre>\n\nb\n\n  c\n\nd\n"
        let bytes = Array(text.utf8)
        let plan = MarkdownSections.plan(bytes, sectionSize: 1, threshold: 0)
        let starts = plan.sections.map { String(decoding: bytes[$0].prefix(3), as: UTF8.self) }
        XCTAssertEqual(starts, ["a\n\n", "```", "<pr", "b\n\n", "d\n"])
        XCTAssertTrue(plan.endsClean)
        XCTAssertFalse(MarkdownSections.plan(Array("a\n\n```\ncode\n".utf8), sectionSize: 1, threshold: 0).endsClean)
    }

    func testSmallFilesAreParsedWhole() {
        let plan = MarkdownSections.plan(Array(Self.unit.utf8))
        XCTAssertEqual(plan.sections, [0..<Self.unit.utf8.count])
    }
}
