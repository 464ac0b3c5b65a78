import CopydeskCore
import CopydeskFormats
import Foundation
@testable import CopydeskRules

/// Shared set-up for the content-warning tests: the repository's `Dictionaries/` and the real Markdown front end.
enum CWTestSupport {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let resources = Resources(dataDirectory: root.appendingPathComponent("Dictionaries").path)
    static let fixtures = root.appendingPathComponent("Tests/CopydeskRulesTests/Fixtures/content-warnings")

    static func context(_ document: Document, _ configuration: Configuration = .default) -> RuleContext {
        RuleContext(document: document, configuration: configuration, resources: resources, spellChecker: nil)
    }

    static func report(_ markdown: String, _ configuration: Configuration = .default) -> ContentWarningReport {
        ContentWarnings.report(context(MiniMarkdown.parse(SourceText(markdown), path: "test.md"), configuration))
    }

    /// The report for a Markdown body under front matter with a title and, optionally, a `section:`.
    static func report(body: String, section: String? = nil, title: String = "Headline") -> ContentWarningReport {
        let front = "---\ntitle: \"\(title)\"\n" + (section.map { "section: \($0)\n" } ?? "") + "---\n\n"
        return report(front + body + "\n")
    }

    /// Runs one rule on a Markdown article.
    static func findings(_ rule: any Rule.Type, _ markdown: String, _ configuration: Configuration = .default) -> [Finding] {
        rule.init().check(context(MiniMarkdown.parse(SourceText(markdown), path: "test.md"), configuration))
    }

    /// Text with `↓` markers removed, and the byte offsets where they stood.
    static func markers(_ marked: String) -> (text: String, offsets: [Int]) {
        var text = ""
        var offsets: [Int] = []
        for character in marked {
            if character == "↓" { offsets.append(text.utf8.count) } else { text.append(character) }
        }
        return (text, offsets)
    }
}

/// The real Markdown front end, under the name the content-warning tests were written against.
enum MiniMarkdown {
    static func parse(_ source: SourceText, path: String) -> Document {
        do {
            return try DocumentReader.parse(source, path: path, syntax: .markdown)
        } catch {
            fatalError("test article does not parse: \(error)")
        }
    }
}
