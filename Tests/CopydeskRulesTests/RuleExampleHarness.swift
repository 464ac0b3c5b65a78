import CopydeskCore
import CopydeskFormats
import CopydeskRules
import CopydeskSpelling
import Foundation
import XCTest

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

    /// Checks that a rule reports exactly at the marked places, and that each finding's range holds its match.
    static func verify(_ rule: RuleDescription, example marked: String, file: StaticString = #filePath, line: UInt = #line) throws {
        // A prefix paragraph would take a leading heading's place as the headline: such examples run as written.
        let headingFirst = marked.hasPrefix("# ") || marked.hasPrefix("↓# ") || marked.hasPrefix("# ↓")
        for variant in headingFirst && rule.family == "content_warning" ? [marked] : [marked, withMultibytePrefix(marked)] {
            var (text, expected) = stripMarkers(variant)
            // A finding about the whole article stays at its first byte, whatever comes before the body.
            let shifted = stripMarkers(withMultibytePrefix("↓")).1[0]
            if rule.documentLevel, variant != marked, let i = expected.firstIndex(of: shifted) { expected[i] = 0 }
            let (source, result) = try lint(text)
            let findings = result.findings.filter { $0.rule == rule.id }
            XCTAssertEqual(findings.map(\.start).sorted(), expected.sorted(),
                           "\(rule.id) on: \(text.debugDescription)\nfound: \(findings.map { "\($0.line):\($0.column) \($0.match)" })",
                           file: file, line: line)
            for f in result.findings {
                XCTAssertEqual(source.text(f.start..<f.end), f.match, file: file, line: line)
                // Columns count code points from the line start.
                let lineStart = source.offset(ofLine: f.line)
                let prefix = String(decoding: source.utf8[lineStart..<f.start], as: UTF8.self)
                XCTAssertEqual(f.column, prefix.unicodeScalars.count + 1, file: file, line: line)
            }
        }
    }
}
