import CopydeskCore
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
        let lexicon = ReadabilityLexicon.shared(context)
        func time(_ label: String, _ body: () -> Void) {
            let t = Date()
            for _ in 0..<20 { body() }
            print("\(label): \(Date().timeIntervalSince(t) / 20 * 1000) ms per run")
        }
        time("tokenizer") { for block in document.blocks { _ = Tokenizer.tokens(in: block.text) } }
        time("segmenter") { for block in document.blocks { _ = lexicon.segmenter.sentences(in: block.text) } }
        let warm = RuleContext(document: document, configuration: Configuration(), resources: ReadabilityTestSupport.resources, spellChecker: nil)
        _ = warm.tokens
        time("analysis without tokenizer") { _ = ReadabilityAnalysis(warm) }
        let lowered = document.blocks.flatMap { Tokenizer.tokens(in: $0.text) }.map { $0.text.lowercased() }
        time("familiar") { for word in lowered { _ = lexicon.isFamiliar(word) } }
        time("lowercased") { for block in document.blocks { for t in Tokenizer.tokens(in: block.text) { _ = t.text.lowercased() } } }
        let words = document.blocks.flatMap { Tokenizer.tokens(in: $0.text) }.map(\.text)
        time("syllables") { for word in words { _ = lexicon.syllables.count(word) } }
        let analysis = ReadabilityAnalysis.shared(context)
        for sentence in analysis.sentences {
            print("unit \(sentence.counts.words) words: \(document.blocks[sentence.block].text(in: sentence.range).prefix(70))")
        }
        for rule in RuleRegistry.all where rule.description.family == "readability" {
            for f in rule.init().check(context) { print("\(f.line):\(f.column) \(f.rule) \(f.message)") }
        }
    }
}
