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
                fix: Bool.random(using: &random) ? Fix(start: 0, end: 1, replacement: text()) : nil)
        }
    }

    func testFileObjectsMatchJSONEncoder() {
        var random = SystemRandomNumberGenerator()
        var results = ReporterFixtures.results
        for string in Self.awkward {
            var result = FileResult(path: string, language: string, syntax: .html, findings: findings(random: &random))
            result.error = Bool.random(using: &random) ? string : nil
            if Bool.random(using: &random) {
                result.readability = ReadabilityReport(counts: ReadabilityCounts(), scores: ReadabilityScores(),
                                                       readingTimeSeconds: 1.5, sections: [], paragraphs: [])
            }
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
                XCTAssertEqual(writer.output, JSONOutput.encode(JSONLinesReporter.FindingLine(path: path, finding: finding)))
            }
        }
    }
}
