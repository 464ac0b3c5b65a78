import CopydeskCore
import Foundation
import XCTest

final class SentenceSegmenterTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func segmenter() -> SentenceSegmenter {
        SentenceSegmenter(lines: Resources(dataDirectory: root.appendingPathComponent("Dictionaries").path)
            .dataLines("readability/abbreviations.txt"))
    }

    /// Gold blocks: the block text and the expected unit ranges.
    static func gold() throws -> [(text: String, units: [Range<Int>])] {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/sentences-gold.txt").path
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        var blocks: [(text: String, units: [Range<Int>])] = []
        var text = ""
        var units: [Range<Int>] = []
        func flush() {
            if !units.isEmpty { blocks.append((text, units)) }
            text = ""
            units = []
        }
        for line in lines where !line.hasPrefix("#") && !line.isEmpty {
            if line == "---" { flush(); continue }
            var sentence = String(line)
            if !text.isEmpty {
                if sentence.hasPrefix("↵") {
                    sentence = String(sentence.dropFirst())
                    text += "\n"
                } else {
                    text += " "
                }
            }
            let start = text.utf8.count
            text += sentence
            units.append(start..<text.utf8.count)
        }
        flush()
        return blocks
    }

    func testGoldSetPrecisionAndRecall() throws {
        let segmenter = Self.segmenter()
        let blocks = try Self.gold()
        var expected = 0, predicted = 0, correct = 0, sentences = 0, exactUnits = 0
        for block in blocks {
            sentences += block.units.count
            let found = segmenter.sentences(in: block.text)
            exactUnits += Set(found).intersection(Set(block.units)).count
            // Boundaries between units: the start of every unit after the first.
            let want = Set(block.units.dropFirst().map(\.lowerBound))
            let got = Set(found.dropFirst().map(\.lowerBound))
            expected += want.count
            predicted += got.count
            correct += want.intersection(got).count
            if want != got {
                print("sentence gold mismatch:\n  want \(block.units.map { Self.slice(block.text, $0) })\n  got  \(found.map { Self.slice(block.text, $0) })")
            }
        }
        let precision = Double(correct) / Double(max(1, predicted))
        let recall = Double(correct) / Double(max(1, expected))
        print("sentences: \(sentences) gold sentences in \(blocks.count) blocks; \(expected) inner boundaries; "
            + "precision \(precision), recall \(recall); exact units \(exactUnits)/\(sentences)")
        XCTAssertGreaterThanOrEqual(sentences, 300)
        XCTAssertGreaterThanOrEqual(precision, 0.97)
        XCTAssertGreaterThanOrEqual(recall, 0.95)
    }

    static func slice(_ text: String, _ range: Range<Int>) -> String {
        String(decoding: Array(text.utf8)[range], as: UTF8.self)
    }

    func testRangesAreUTF8OffsetsAndTrimmed() {
        let text = "  Café owners met. “Why?” she asked.  "
        let units = Self.segmenter().sentences(in: text)
        XCTAssertEqual(units.map { Self.slice(text, $0) }, ["Café owners met.", "“Why?” she asked."])
        XCTAssertEqual(units.first?.lowerBound, 2)
    }

    func testPlaceholderOnlyAndPunctuationOnlyUnitsAreDropped() {
        XCTAssertEqual(Self.segmenter().sentences(in: "\u{FFFC}. — ").count, 0)
        XCTAssertEqual(Self.segmenter().sentences(in: "").count, 0)
    }

    func testNumberAbbreviationEndsSentenceWithoutNumber() {
        let text = "The answer was no. Then he left."
        XCTAssertEqual(Self.segmenter().sentences(in: text).count, 2)
        XCTAssertEqual(Self.segmenter().sentences(in: "Bill No. 5 passed.").count, 1)
    }

    func testWrappedLineIsNotSplit() {
        let text = "The report was published according to\nReuters on Monday."
        XCTAssertEqual(Self.segmenter().sentences(in: text).count, 1)
        let lower = "The report was published\non Monday."
        XCTAssertEqual(Self.segmenter().sentences(in: lower).count, 1)
    }
}
