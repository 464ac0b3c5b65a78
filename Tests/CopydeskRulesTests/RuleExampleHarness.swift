import CopydeskCore
import CopydeskFormats
import CopydeskRules
import CopydeskSpelling
import Foundation

/// Runs rule examples through the real pipeline (front end, real hunspell, linter).
enum RuleExampleHarness {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let dataDirectory = packageRoot.appendingPathComponent("Dictionaries").path

    /// One hunspell checker per language for the whole test run (tests run serially here).
    nonisolated(unsafe) private static var checkers: [String: HunspellChecker] = [:]

    /// One set of shared data for the whole test run, as one run of the tool has (the gazetteer and the frequency
    /// list are read once).
    static let resources = Resources(dataDirectory: dataDirectory)

    static func linter() -> Linter {
        Linter(resources: resources) { language, configuration in
            let key = language + (configuration.path ?? "")
            if let checker = checkers[key] { return checker }
            let checker = try? HunspellChecker(language: language, configuration: configuration, dataDirectory: dataDirectory)
            checkers[key] = checker
            return checker
        }
    }

    /// Removes `↓` markers; returns the text and the byte offsets where they stood.
    static func stripMarkers(_ marked: String) -> (String, [Int]) {
        var out = ""
        var offsets: [Int] = []
        for scalar in marked.unicodeScalars {
            if scalar == "↓" { offsets.append(out.utf8.count) } else { out.unicodeScalars.append(scalar) }
        }
        return (out, offsets)
    }

    /// Inserts a paragraph of multibyte text before the body (after any front matter).
    static func withMultibytePrefix(_ text: String) -> String {
        let prefix = "“Quoted” 😀 — ‘fine’ … text.\n\n"
        if text.hasPrefix("---\n"), let end = text.range(of: "\n---\n", range: text.index(text.startIndex, offsetBy: 3)..<text.endIndex) {
            return String(text[..<end.upperBound]) + prefix + String(text[end.upperBound...])
        }
        return prefix + text
    }

    static func lint(_ text: String, syntax: Syntax = .markdown, configuration: Configuration = Configuration()) throws -> (SourceText, FileResult) {
        let source = SourceText(text)
        let document = try DocumentReader.parse(source, path: "example.\(syntax == .markdown ? "md" : syntax == .html ? "html" : "txt")", syntax: syntax)
        let language = document.metadataLanguage.map { $0.replacingOccurrences(of: "-", with: "_") } ?? configuration.language
        return (source, linter().lint(document, configuration: configuration, language: language))
    }

    /// The example's configuration: `version: 1` plus its lines, or the defaults.
    static func configuration(_ example: Example) throws -> Configuration {
        guard let yaml = example.configuration else { return Configuration() }
        return try Configuration.parse("version: 1\n" + yaml, path: "example.copydesk.yml")
    }

    /// What an example got wrong, with the place to point at (the example's own file and line when it says).
    struct Problem: CustomStringConvertible {
        var message: String
        var file: StaticString
        var line: UInt
        var description: String { message }
    }

    /// Checks that a rule reports exactly at the marked places (nowhere for an example without marks), that each
    /// finding's range holds its match and its column counts code points, that messages end without a period,
    /// and, for an example with `corrected:`, that the rule's fixes give that text. Returns what failed; each
    /// problem names the rule and points at the example (or, for a plain literal, at the caller).
    static func problems(_ rule: RuleDescription, example: Example, file: StaticString = #filePath, line: UInt = #line) throws -> [Problem] {
        let (file, line) = example.line == 0 ? (file, line) : (example.file, example.line)
        var problems: [Problem] = []
        func expect(_ ok: Bool, _ message: @autoclosure () -> String) {
            if !ok { problems.append(Problem(message: message(), file: file, line: line)) }
        }
        let configuration = try configuration(example)
        let marked = example.text
        // A prefix paragraph would take a leading heading's place as the headline: such examples run as written.
        let headingFirst = marked.hasPrefix("# ") || marked.hasPrefix("↓# ") || marked.hasPrefix("# ↓")
        let multibyte = example.multibyte && !(headingFirst && rule.family == "content_warning")
        for variant in multibyte ? [marked, withMultibytePrefix(marked)] : [marked] {
            var (text, expected) = stripMarkers(variant)
            // A finding about the whole article stays at its first byte, whatever comes before the body.
            let shifted = stripMarkers(withMultibytePrefix("↓")).1[0]
            if rule.documentLevel, variant != marked, let i = expected.firstIndex(of: shifted) { expected[i] = 0 }
            let (source, result) = try lint(text, configuration: configuration)
            let findings = result.findings.filter { $0.rule == rule.id }
            let starts = findings.map(\.start).sorted()
            expect(starts == expected.sorted(),
                   "\(rule.id) on: \(text.debugDescription)\nexpected starts \(expected.sorted()), found \(starts): "
                   + "\(findings.map { "\($0.line):\($0.column) \($0.match)" })")
            for f in findings {
                expect(!f.message.hasSuffix("."), "\(rule.id): a message ends without a period: \(f.message)")
            }
            for f in result.findings {
                expect(source.text(f.start..<f.end) == f.match, "\(f.rule): match \(f.match.debugDescription) is not its range's text")
                // Columns count code points from the line start.
                let lineStart = source.offset(ofLine: f.line)
                let prefix = String(decoding: source.utf8[lineStart..<f.start], as: UTF8.self)
                expect(f.column == prefix.unicodeScalars.count + 1,
                       "\(f.rule): column \(f.column), expected \(prefix.unicodeScalars.count + 1) (code points)")
            }
            if let corrected = example.corrected, variant == marked {
                let fixed = applying(findings.compactMap(\.fix), to: text)
                expect(fixed == corrected, "\(rule.id): the fixed article is \(fixed.debugDescription), expected \(corrected.debugDescription)")
            }
        }
        return problems
    }

    /// The text with fixes applied, last first (fixes of one rule never overlap).
    static func applying(_ fixes: [Fix], to text: String) -> String {
        var bytes = Array(text.utf8)
        for fix in fixes.sorted(by: { $0.start > $1.start }) {
            bytes.replaceSubrange(fix.start..<fix.end, with: Array(fix.replacement.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
