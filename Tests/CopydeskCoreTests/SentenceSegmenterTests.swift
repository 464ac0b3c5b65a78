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

    private func units(_ text: String) -> [String] {
        Self.segmenter().sentences(in: text).map { Self.slice(text, $0) }
    }

    func testHardWrappedParagraphBreaksOnlyAtSentenceEnds() {
        // Wrapped at 72 columns: two lines end before a capitalised word with no punctuation.
        let text = """
            The proposal was welcomed by the Transport Secretary and by Councillor
            Amina Yusuf, who chairs the committee. It will now go to the Treasury
            Select Committee, which meets in March, before a vote in the House of
            Commons later in the year.
            """
        XCTAssertEqual(units(text), [
            "The proposal was welcomed by the Transport Secretary and by Councillor\nAmina Yusuf, who chairs the committee.",
            "It will now go to the Treasury\nSelect Committee, which meets in March, before a vote in the House of\nCommons later in the year.",
        ])
    }

    func testShortLinesOfPlainTextStayUnits() {
        // A headline, a byline and a caption line are not filled to the width: each is its own unit.
        let text = "Flood waters rise in river towns\nBy Tomas Hale\nResidents packed their cars on Saturday."
        XCTAssertEqual(units(text).count, 3)
        XCTAssertEqual(units("A rescue boat moves along Main Street on Saturday\nPhoto by Dana Kerr").count, 2)
    }

    func testTwoLineBlockWrappedAtTheDefaultWidth() {
        let text = "The ministry said the figures, published on Tuesday by the Office for\nNational Statistics, were final."
        XCTAssertEqual(units(text).count, 1)
    }

    func testUSBeforeAQuestionWordEndsTheSentence() {
        XCTAssertEqual(units("The plan came from the U.S. How it works is unclear."),
                       ["The plan came from the U.S.", "How it works is unclear."])
        XCTAssertEqual(units("The plan came from the U.S.\nHow it works is unclear.").count, 2)
        XCTAssertEqual(units("The U.S. Senate voted on Monday.").count, 1)
    }

    func testTimeBeforeATitleEndsTheSentence() {
        XCTAssertEqual(units("The meeting began at 5 a.m. Mr. Smith arrived late."),
                       ["The meeting began at 5 a.m.", "Mr. Smith arrived late."])
        XCTAssertEqual(units("The meeting began at 5\na.m. Mr. Smith arrived late.").count, 2)
        XCTAssertEqual(units("The meeting began at 5 a.m. Monday in the hall.").count, 1)
    }

    func testURLBeforeASentence() {
        XCTAssertEqual(units("See https://example.com/report. The council met later."),
                       ["See https://example.com/report.", "The council met later."])
        XCTAssertEqual(units("See https://example.com/report?id=5. The council met later.").count, 2)
        XCTAssertEqual(units("Details are at example.org/a.html. The council met later.").count, 2)
        XCTAssertEqual(units("Details are at www.example.org. The council met later.").count, 2)
        XCTAssertEqual(units("Read the report at https://example.com/budget/2026/full-report\nThe council met later.").count, 2)
    }
}
