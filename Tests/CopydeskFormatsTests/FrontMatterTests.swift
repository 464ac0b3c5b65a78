import CopydeskCore
import XCTest

@testable import CopydeskFormats

final class FrontMatterTests: XCTestCase {
    private func read(_ text: String) throws -> (frontMatter: FrontMatter, blocks: [Block], source: SourceText) {
        let source = SourceText(text)
        let result = try XCTUnwrap(try FrontMatterParser.parse(source))
        return (result.frontMatter, result.blocks, source)
    }

    /// Each verbatim piece equals its source bytes; `word` maps to the `occurrence`-th `raw` in the source.
    private func assertMaps(_ text: String, field: String, expected: String, words: [(String, String)],
                            file: StaticString = #filePath, line: UInt = #line) throws {
        for input in [text, FormatCheck.crlf(text)] {
            let (_, blocks, source) = try read(input)
            let document = Document(path: "f", syntax: .markdown, source: source, blocks: blocks)
            FormatCheck.assertPieces(document, file: file, line: line)
            let block = try XCTUnwrap(blocks.first { $0.field == field }, file: file, line: line)
            XCTAssertEqual(block.kind, .frontMatter, file: file, line: line)
            XCTAssertEqual(block.text, expected, file: file, line: line)
            for (word, raw) in words {
                FormatCheck.assertMaps(document, word, raw: raw, file: file, line: line)
            }
        }
    }

    func testPlainScalar() throws {
        try assertMaps("---\ntitle: Café “news” 😀 today\n---\n", field: "title", expected: "Café “news” 😀 today",
                       words: [("Café", "Café"), ("“news”", "“news”"), ("today", "today")])
    }

    func testSingleQuotedScalar() throws {
        try assertMaps("---\ndescription: 'It''s déjà vu'\n---\n", field: "description", expected: "It's déjà vu",
                       words: [("It's", "It''s"), ("déjà", "déjà")])
    }

    func testDoubleQuotedScalarWithEscapes() throws {
        try assertMaps("---\nsummary: \"Say \\\"hi\\\" to caf\\u00e9 now\"\n---\n", field: "summary", expected: "Say \"hi\" to café now",
                       words: [("\"hi\"", "\\\"hi\\\""), ("café", "caf\\u00e9"), ("now", "now")])
    }

    func testMultiLinePlainAndBlockScalars() throws {
        try assertMaps("---\nsubtitle: first line\n  second line\n---\n", field: "subtitle", expected: "first line second line",
                       words: [("first", "first"), ("second", "second")])
        try assertMaps("---\ndescription: >\n  Folded text\n  goes on\n---\n", field: "description", expected: "Folded text goes on\n",
                       words: [("Folded", "Folded"), ("goes", "goes")])
        try assertMaps("---\nsummary: |\n  Literal one\n  Literal two\n---\n", field: "summary", expected: "Literal one\nLiteral two\n",
                       words: [("one", "one"), ("two", "two")])
    }

    func testKeyLinesValuesAndOrder() throws {
        let header = "---\nsummary: S\nauthor: Ann\ntitle: T\nmeta:\n  a: 1\nempty:\n---\n"
        let (frontMatter, blocks, _) = try read(header + "Body\n")
        XCTAssertEqual(frontMatter.format, .yaml)
        XCTAssertEqual(frontMatter.keyLines, ["summary": 2, "author": 3, "title": 4, "meta": 5, "empty": 7])
        XCTAssertEqual(frontMatter.values["meta"], .map(["a": .string("1")]))
        XCTAssertEqual(frontMatter.values["empty"], .null)
        XCTAssertEqual(blocks.map(\.field), ["title", "summary"])
        XCTAssertEqual(frontMatter.sourceRange, 0..<header.utf8.count)
    }

    func testTOML() throws {
        let text = "+++\ntitle = \"Caf\\u00e9 “TOML”\"\nsummary = 'Literal text'\ntags = [\"a\", 'b']\ndraft = false\n[extra]\nkey = 1\n+++\nBody\n"
        let (frontMatter, blocks, source) = try read(text)
        XCTAssertEqual(frontMatter.format, .toml)
        XCTAssertEqual(frontMatter.values["tags"], .list([.string("a"), .string("b")]))
        XCTAssertEqual(frontMatter.values["draft"], .string("false"))
        XCTAssertEqual(frontMatter.values["extra"], .map(["key": .string("1")]))
        XCTAssertEqual(frontMatter.keyLines["summary"], 3)
        XCTAssertEqual(blocks.map(\.text), ["Café “TOML”", "Literal text"])
        let document = Document(path: "f", syntax: .markdown, source: source, blocks: blocks)
        FormatCheck.assertPieces(document)
        FormatCheck.assertMaps(document, "Café", raw: "Caf\\u00e9")
        FormatCheck.assertMaps(document, "“TOML”")
        FormatCheck.assertMaps(document, "Literal")
    }

    func testMalformedTOMLReportsLine() {
        XCTAssertThrowsError(try FrontMatterParser.parse(SourceText("+++\ntitle = \"ok\"\nnot a pair\n+++\n"))) { error in
            XCTAssertEqual((error as? FormatError)?.line, 3)
        }
        XCTAssertThrowsError(try FrontMatterParser.parse(SourceText("+++\ntitle = \"open\n+++\n"))) { error in
            XCTAssertEqual((error as? FormatError)?.line, 2)
        }
    }

    func testMalformedYAMLReportsLine() {
        XCTAssertThrowsError(try FrontMatterParser.parse(SourceText("---\ntitle: ok\n  bad: indent: here\n---\n"))) { error in
            XCTAssertEqual((error as? FormatError)?.line, 3)
        }
        XCTAssertThrowsError(try FrontMatterParser.parse(SourceText("---\n- a list\n---\n"))) { error in
            XCTAssertEqual((error as? FormatError)?.line, 2)
            XCTAssertTrue(String(describing: error).contains("mapping"))
        }
    }

    func testNoFrontMatter() throws {
        XCTAssertNil(try FrontMatterParser.parse(SourceText("# Title\n\n---\n")))
        XCTAssertNil(try FrontMatterParser.parse(SourceText("")))
        XCTAssertNil(try FrontMatterParser.parse(SourceText("---\n\nA rule, then prose.\n")))
    }
}
