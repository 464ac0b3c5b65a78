import CopydeskCore
import CopydeskEngine
import CopydeskFormats
@testable import CopydeskRules
import Foundation
import XCTest

/// Prints the readability JSON of a plain-text file for docs/readability.md; runs only when COPYDESK_MEASURE_FILE is set.
final class ReadabilityMeasureTests: XCTestCase {
    func testMeasureFile() throws {
        guard let path = ProcessInfo.processInfo.environment["COPYDESK_MEASURE_FILE"] else {
            throw XCTSkip("set COPYDESK_MEASURE_FILE to print a file's readability report")
        }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let document = TextParser.parse(SourceText(text), path: path)
        let context = RuleContext(document: document, configuration: Configuration(),
                                  resources: ReadabilityTestSupport.resources, spellChecker: nil)
        var report = Readability.report(context)
        report.sections = []
        report.paragraphs = []
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        print(String(decoding: try encoder.encode(report), as: UTF8.self))
        let start = Date()
        for _ in 0..<20 { _ = ReadabilityAnalysis(RuleContext(document: document, configuration: Configuration(),
                                                                resources: ReadabilityTestSupport.resources, spellChecker: nil)) }
        print("analysis: \(Date().timeIntervalSince(start) / 20 * 1000) ms per run")
        let analysis = ReadabilityAnalysis.shared(context)
        for sentence in analysis.sentences {
            print("unit \(sentence.counts.words) words: \(ReadabilityText.slice(document.blocks[sentence.block], sentence.range).prefix(70))")
        }
        for rule in RuleRegistry.all where rule.description.family == "readability" {
            for f in rule.init().check(context) { print("\(f.line):\(f.column) \(f.rule) \(f.message)") }
        }
    }
}
