import CopydeskCore
import CopydeskFormats
import CopydeskRules
import CopydeskSpelling
import Foundation
import PropertyBased
import Testing

@testable import CopydeskEngine

/// Properties of the whole pipeline on generated articles (front end, every rule, real hunspell, fixers).
@Suite(.serialized)
struct LintProperties {
    static let dataDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Dictionaries").path

    static func makeLinter() -> Linter {
        var checkers: [String: HunspellChecker] = [:]
        return Linter(resources: Resources(dataDirectory: dataDirectory)) { language, configuration in
            if let checker = checkers[language] { return checker }
            let checker = try? HunspellChecker(language: language, configuration: configuration, dataDirectory: dataDirectory)
            checkers[language] = checker
            return checker
        }
    }

    static let fragments = Gen.element(of: ArticleGrammar.fragments).map { $0! }.array(of: 1...70)
    static let syntaxes = Gen.element(of: Syntax.allCases).map { $0! }
    static let frontMatters = Gen.element(of: ArticleGrammar.frontMatters).map { $0! }

    static func lint(_ linter: Linter, _ text: String, _ syntax: Syntax) throws -> (Document, FileResult) {
        let document = try DocumentReader.parse(SourceText(text), path: "a.\(syntax.rawValue)", syntax: syntax)
        let language = document.metadataLanguage?.replacingOccurrences(of: "-", with: "_") ?? Configuration().language
        return (document, linter.lint(document, configuration: Configuration(), language: language))
    }

    @Test func everyFindingRangeHoldsItsMatch() async throws {
        let linter = Self.makeLinter()
        var rules = Set<String>()
        await propertyCheck(count: 150, input: Self.fragments, Self.syntaxes, Self.frontMatters) { fragments, syntax, fm in
            let text = ArticleGrammar.article(fragments, syntax: syntax, frontMatter: fm)
            let (document, result) = try Self.lint(linter, text, syntax)
            let source = document.source
            rules.formUnion(result.findings.map(\.rule))
            for finding in result.findings {
                #expect(finding.start <= finding.end && finding.end <= source.count, "\(finding.rule) range in \(text.debugDescription)")
                guard finding.end <= source.count, finding.start <= finding.end else { continue }
                #expect(source.text(finding.start..<finding.end) == finding.match, "\(finding.rule) in \(text.debugDescription)")
                let lineStart = source.offset(ofLine: finding.line)
                let prefix = String(decoding: source.utf8[lineStart..<finding.start], as: UTF8.self)
                #expect(finding.column == prefix.unicodeScalars.count + 1, "\(finding.rule) column in \(text.debugDescription)")
            }
        }
        #expect(rules.count >= 10, "the grammar must make many rules fire, got \(rules.sorted())")
    }

    @Test func lintingIsDeterministic() async throws {
        let first = Self.makeLinter(), second = Self.makeLinter()
        await propertyCheck(count: 100, input: Self.fragments, Self.syntaxes, Self.frontMatters) { fragments, syntax, fm in
            let text = ArticleGrammar.article(fragments, syntax: syntax, frontMatter: fm)
            let (_, a) = try Self.lint(first, text, syntax)
            let (_, b) = try Self.lint(first, text, syntax)
            let (_, c) = try Self.lint(second, text, syntax)
            #expect(a.findings == b.findings, "same linter twice on \(text.debugDescription)")
            #expect(a.findings == c.findings, "fresh linter on \(text.debugDescription)")
            #expect(a.contentWarnings == c.contentWarnings)
            #expect(a.readability == c.readability)
        }
    }

    @Test func fixIsIdempotent() async throws {
        let linter = Self.makeLinter()
        let config = Configuration()
        var fixedCount = 0
        await propertyCheck(count: 100, input: Self.fragments, Self.syntaxes, Self.frontMatters) { fragments, syntax, fm in
            let text = ArticleGrammar.article(fragments, syntax: syntax, frontMatter: fm)
            let (document, result) = try Self.lint(linter, text, syntax)
            let relint = { (doc: Document) in linter.lint(doc, configuration: config, language: config.language) }
            var once = FileFixer(document: document, result: result)
            guard let fixed = once.run(configuration: config, optIn: Self.everyRule, relint: relint) else { return }
            fixedCount += 1
            var twice = FileFixer(document: fixed.document, result: fixed.result)
            let again = twice.run(configuration: config, optIn: Self.everyRule, relint: relint)
            #expect(again == nil, "a second --fix changed \(String(decoding: fixed.document.source.utf8, as: UTF8.self).debugDescription)")
        }
        #expect(fixedCount > 0, "the grammar must produce articles that --fix changes")
    }

    @Test func contentWarningFixOnlyInserts() async throws {
        let linter = Self.makeLinter()
        var inserted = 0
        await propertyCheck(count: 150, input: Self.fragments, Self.syntaxes, Self.frontMatters) { fragments, syntax, fm in
            let text = ArticleGrammar.article(fragments, syntax: syntax, frontMatter: fm)
            let (document, result) = try Self.lint(linter, text, syntax)
            guard let report = result.contentWarnings else { return }
            for mode in [ContentWarningsConfiguration.FixMode.inline, .frontMatter, .both] {
                guard let out = ContentWarningFixer.apply(to: document.source, document: document, report: report, mode: mode) else { continue }
                inserted += 1
                #expect(Self.isSubsequence(document.source.utf8, of: out), "\(mode) removed or changed bytes of \(text.debugDescription)")
                #expect(out.count > document.source.count)
            }
        }
        #expect(inserted > 0, "the grammar must produce articles that need a warning")
    }

    /// Plain `--fix` (no rule asked for) only inserts: the content warning, the language tag.
    @Test func plainFixOnlyInserts() async throws {
        let linter = Self.makeLinter()
        let config = Configuration()
        var fixedCount = 0
        await propertyCheck(count: 100, input: Self.fragments, Self.syntaxes, Self.frontMatters) { fragments, syntax, fm in
            let text = ArticleGrammar.article(fragments, syntax: syntax, frontMatter: fm)
            let (document, result) = try Self.lint(linter, text, syntax)
            let relint = { (doc: Document) in linter.lint(doc, configuration: config, language: config.language) }
            var fixer = FileFixer(document: document, result: result)
            guard let fixed = fixer.run(configuration: config, optIn: [], relint: relint) else { return }
            fixedCount += 1
            #expect(Self.isSubsequence(document.source.utf8, of: fixed.document.source.utf8), "plain --fix changed bytes of \(text.debugDescription)")
            #expect(!fixed.applied.isEmpty)
        }
        #expect(fixedCount > 0, "the grammar must produce articles that --fix changes")
    }

    static let everyRule = Set(RuleRegistry.ids)

    /// `small` appears in `large` in order (so `large` is `small` with bytes inserted).
    static func isSubsequence(_ small: [UInt8], of large: [UInt8]) -> Bool {
        var i = 0
        for byte in large where i < small.count && small[i] == byte { i += 1 }
        return i == small.count
    }
}
