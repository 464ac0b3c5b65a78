import CopydeskCore
import XCTest

@testable import CopydeskFormats

/// Checks shared by the format tests: every verbatim piece equals its source bytes, pieces cover
/// the text in order, and chosen words map back to their exact source bytes.
enum FormatCheck {
    static func parse(_ text: String, _ syntax: Syntax, file: StaticString = #filePath, line: UInt = #line) -> Document? {
        do {
            return try DocumentReader.parse(SourceText(text), path: "t", syntax: syntax)
        } catch {
            XCTFail("parse failed: \(error)", file: file, line: line)
            return nil
        }
    }

    /// Every piece is inside the source, pieces tile the text, verbatim pieces are byte-identical.
    static func assertPieces(_ document: Document, file: StaticString = #filePath, line: UInt = #line) {
        let source = document.source.utf8
        for block in document.blocks {
            let text = Array(block.text.utf8)
            var expectedStart = 0
            for piece in block.pieces {
                XCTAssertEqual(piece.textStart, expectedStart, "pieces must tile \(block.text.debugDescription)", file: file, line: line)
                expectedStart = piece.textEnd
                XCTAssertTrue(piece.sourceStart >= 0 && piece.sourceEnd <= source.count, "piece outside source", file: file, line: line)
                if piece.verbatim {
                    XCTAssertEqual(piece.textLength, piece.sourceLength, file: file, line: line)
                    let fromText = text[piece.textStart..<min(text.count, piece.textEnd)]
                    let fromSource = source[piece.sourceStart..<min(source.count, piece.sourceEnd)]
                    XCTAssertEqual(Array(fromText), Array(fromSource),
                                   "verbatim piece differs in \(block.text.debugDescription)", file: file, line: line)
                }
            }
            XCTAssertEqual(expectedStart, text.count, "pieces must cover \(block.text.debugDescription)", file: file, line: line)
        }
    }

    /// The byte range of the `occurrence`-th (0-based) appearance of `needle` in `haystack`.
    static func byteRange(of needle: String, in haystack: [UInt8], occurrence: Int = 0) -> Range<Int>? {
        let n = Array(needle.utf8)
        var seen = 0
        var index = 0
        while index + n.count <= haystack.count {
            if haystack[index..<(index + n.count)].elementsEqual(n) {
                if seen == occurrence { return index..<(index + n.count) }
                seen += 1
            }
            index += 1
        }
        return nil
    }

    /// `word` is in some block whose pieces map it to the `occurrence`-th appearance of `raw` in the source.
    static func assertMaps(_ document: Document, _ word: String, raw: String? = nil, occurrence: Int = 0,
                           kind: BlockKind? = nil, file: StaticString = #filePath, line: UInt = #line) {
        let source = document.source.utf8
        guard let expected = byteRange(of: raw ?? word, in: source, occurrence: occurrence) else {
            XCTFail("test bug: \(raw ?? word) not in source", file: file, line: line)
            return
        }
        var mapped: [Range<Int>] = []
        for block in document.blocks where kind == nil || block.kind == kind {
            let text = Array(block.text.utf8)
            var seen = 0
            while let range = byteRange(of: word, in: text, occurrence: seen) {
                mapped.append(block.sourceRange(ofText: range))
                seen += 1
            }
        }
        XCTAssertTrue(mapped.contains(expected),
                      "\(word.debugDescription) expected at \(expected) (\(document.source.location(at: expected.lowerBound))), mapped to \(mapped)",
                      file: file, line: line)
    }

    static func crlf(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: "\r\n") }

    static func dump(_ document: Document) -> String {
        document.blocks.map { "\($0.kind)\($0.level > 0 ? "\($0.level)" : "")\($0.inBlockQuote ? ">" : ""): \($0.text.debugDescription)" }
            .joined(separator: "\n")
    }
}
