import CopydeskCore
@testable import CopydeskReporters
import Foundation
import XCTest

/// The hand-written JSON writer must give exactly the bytes `JSONEncoder` gives for the same shapes.
final class JSONWriterTests: XCTestCase {
    /// Every ASCII control character, quotes, backslashes, slashes, separators and non-ASCII text.
    private static let awkward: [String] = {
        var all = ""
        for value in 0..<0x80 { all.unicodeScalars.append(Unicode.Scalar(value)!) }
        return [all, "", "plain", "a/b\\c\"d", "\u{2028}\u{2029}\u{7F}\u{85}", "café 😀 e\u{301}", "\0tail", "x\r\n\t"]
    }()

    private func findings(random: inout SystemRandomNumberGenerator) -> [Finding] {
        (0..<40).map { index in
            func text() -> String {
                String((0..<Int.random(in: 0...12, using: &random)).map { _ in
                    Self.awkward.randomElement(using: &random)!.randomElement(using: &random) ?? "a"
                })
            }
            return Finding(
                rule: "rule.\(index)", severity: Severity.allCases.randomElement(using: &random)!,
                start: index, end: index + 3, line: index + 1, column: Int.random(in: 1...200, using: &random),
                endLine: index + 2, endColumn: Int.random(in: 1...200, using: &random), match: text(), message: text(),
                suggestions: (0..<Int.random(in: 0...3, using: &random)).map { _ in text() },
                fix: Bool.random(using: &random) ? Fix(start: 0, end: 1, replacement: text()) : nil,
                occurrences: (0..<Int.random(in: 0...2, using: &random)).map { SourceLocation(line: index + $0 + 2, column: $0 + 1) },
                words: (0..<Int.random(in: 0...2, using: &random)).map { _ in text() })
        }
    }

    /// Counts and scores of every size, rounded and not, integral, tiny, huge and negative.
    private func readability(random: inout SystemRandomNumberGenerator) -> ReadabilityReport {
        func value() -> Double {
            switch Int.random(in: 0..<6, using: &random) {
            case 0: return Double(Int.random(in: -50...200, using: &random))
            case 1: return (Double.random(in: -100...200, using: &random) * 100).rounded() / 100
            case 2: return Double.random(in: -1e25...1e25, using: &random)
            case 3: return Double.random(in: -1e-7...1e-7, using: &random)
            case 4: return 0
            default: return Double.random(in: 0...1, using: &random)
            }
        }
        func counts() -> ReadabilityCounts {
            var c = ReadabilityCounts()
            c.sentences = Int.random(in: 0...99, using: &random)
            c.words = Int.random(in: 0...9999, using: &random)
            c.syllables = Int.random(in: 0...9999, using: &random)
            c.characters = Int.random(in: 0...99999, using: &random)
            c.complexWords = Int.random(in: 0...999, using: &random)
            c.fogComplexWords = Int.random(in: 0...999, using: &random)
            c.longWords = Int.random(in: 0...999, using: &random)
            c.difficultWords = Int.random(in: 0...999, using: &random)
            return c
        }
        func scores() -> ReadabilityScores {
            var s = ReadabilityScores()
            s.fleschReadingEase = value(); s.fleschKincaidGrade = value(); s.gunningFog = value(); s.smog = value()
            s.colemanLiau = value(); s.automatedReadabilityIndex = value(); s.daleChall = value()
            s.linsearWrite = value(); s.lix = value(); s.rix = value(); s.consensusGrade = value()
            return s
        }
        func parts() -> [ReadabilityPart] {
            (0..<Int.random(in: 0...4, using: &random)).map { index in
                ReadabilityPart(heading: Bool.random(using: &random) ? Self.awkward[index] : nil,
                                line: index + 1, counts: counts(), scores: scores())
            }
        }
        return ReadabilityReport(counts: counts(), scores: scores(), readingTimeSeconds: value(),
                                 sections: parts(), paragraphs: parts())
    }

    func testReadabilityReportsMatchJSONEncoder() {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let report = readability(random: &random)
            var writer = JSONWriter()
            writer.readability(report)
            XCTAssertEqual(writer.output, JSONOutput.encode(report))
        }
        var broken = readability(random: &random)
        broken.scores.smog = .nan
        var writer = JSONWriter()
        writer.readability(broken)
        XCTAssertEqual(writer.output, "null", "JSONEncoder cannot write NaN; the writer leaves that case to it")
    }

    func testFileObjectsMatchJSONEncoder() {
        var random = SystemRandomNumberGenerator()
        var results = ReporterFixtures.results
        for string in Self.awkward {
            var result = FileResult(path: string, language: string, syntax: .html, findings: findings(random: &random))
            result.error = Bool.random(using: &random) ? string : nil
            if Bool.random(using: &random) { result.readability = readability(random: &random) }
            if Bool.random(using: &random) {
                result.contentWarnings = ContentWarningReport(
                    categories: [.init(id: "suicide", level: .mention, passages: [])],
                    suggestion: .init(needed: true, position: .top, insertBeforeLine: 3, text: string, markdown: string, html: string),
                    existing: .init(present: false, line: nil, categories: [], problems: []))
            }
            results.append(result)
        }
        XCTAssertGreaterThan(results.count, 8)
        for result in results {
            var writer = JSONWriter()
            writer.file(result)
            XCTAssertEqual(writer.output, JSONOutput.encode(JSONOutput.FileJSON(result)), result.path)
        }
    }

    func testFindingLinesMatchJSONEncoder() {
        var random = SystemRandomNumberGenerator()
        for finding in findings(random: &random) {
            for path in Self.awkward {
                var writer = JSONWriter()
                writer.finding(finding, path: path)
                XCTAssertEqual(writer.output, JSONOutput.encode(JSONFindingLinesReporter.FindingLine(path: path, finding: finding)))
            }
        }
    }
}
