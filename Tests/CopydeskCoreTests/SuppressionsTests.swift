import XCTest
@testable import CopydeskCore

final class SuppressionsTests: XCTestCase {
    private func finding(_ rule: String, at offset: Int) -> Finding {
        Finding(rule: rule, severity: .error, start: offset, end: offset + 1, line: 1, column: 1, endLine: 1, endColumn: 2,
                match: "x", message: "m")
    }

    func testRegionsNextLineAndFamilies() {
        let text = "aaa\n<!-- copydesk-disable spelling -->\nbbb\n<!-- copydesk-enable -->\nccc\n<!-- copydesk-disable-next-line spelling.misspelling -->\nddd\neee\n"
        let source = SourceText(text)
        func range(of marker: String) -> Range<Int> {
            let r = text.range(of: marker)!
            return text.utf8.distance(from: text.utf8.startIndex, to: r.lowerBound)..<text.utf8.distance(from: text.utf8.startIndex, to: r.upperBound)
        }
        let comments = ["<!-- copydesk-disable spelling -->", "<!-- copydesk-enable -->", "<!-- copydesk-disable-next-line spelling.misspelling -->"].map { marker -> Comment in
            let inner = marker.dropFirst(4).dropLast(3).trimmingCharacters(in: .whitespaces)
            return Comment(text: inner, sourceRange: range(of: marker))
        }
        let document = Document(path: "a.md", syntax: .markdown, source: source, comments: comments)
        let s = Suppressions(document: document)
        XCTAssertFalse(s.suppresses(finding("spelling.misspelling", at: range(of: "aaa").lowerBound)))
        XCTAssertTrue(s.suppresses(finding("spelling.misspelling", at: range(of: "bbb").lowerBound)))
        XCTAssertTrue(s.suppresses(finding("spelling.unknown_name", at: range(of: "bbb").lowerBound)))
        XCTAssertFalse(s.suppresses(finding("readability.adverb", at: range(of: "bbb").lowerBound)))
        XCTAssertFalse(s.suppresses(finding("spelling.misspelling", at: range(of: "ccc").lowerBound)))
        XCTAssertTrue(s.suppresses(finding("spelling.misspelling", at: range(of: "ddd").lowerBound)))
        XCTAssertFalse(s.suppresses(finding("spelling.repeated_word", at: range(of: "ddd").lowerBound)))
        XCTAssertFalse(s.suppresses(finding("spelling.misspelling", at: range(of: "eee").lowerBound)))
    }

    func testFrontMatterDisable() {
        let fm = FrontMatter(format: .yaml, sourceRange: 0..<0, values: ["copydesk": .map(["disable": .list([.string("readability")])])], keyLines: [:])
        let s = Suppressions(document: Document(path: "a.md", syntax: .markdown, source: SourceText(""), frontMatter: fm))
        XCTAssertTrue(s.disablesFile("readability.adverb"))
        XCTAssertFalse(s.disablesFile("spelling.misspelling"))
    }
}
