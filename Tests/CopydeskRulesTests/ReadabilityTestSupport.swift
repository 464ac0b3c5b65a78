import CopydeskCore
import CopydeskFormats
@testable import CopydeskRules
import Foundation

/// Builds documents from the small Markdown subset the readability examples use (front matter `key: value`,
/// `#` headings, `>` block quotes, paragraphs separated by blank lines), so that these tests do not wait for the
/// Markdown front end. `↓` marks expected finding starts.
enum ReadabilityTestSupport {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let resources = Resources(dataDirectory: root.appendingPathComponent("Dictionaries").path)

    /// The source without markers, and the byte offsets of the markers.
    static func unmark(_ marked: String) -> (String, [Int]) {
        var out = ""
        var offsets: [Int] = []
        for scalar in marked.unicodeScalars {
            if scalar == "↓" { offsets.append(out.utf8.count) } else { out.unicodeScalars.append(scalar) }
        }
        return (out, offsets)
    }

    /// The article through the real Markdown front end.
    static func document(_ text: String) -> Document {
        do {
            return try DocumentReader.parse(SourceText(text), path: "example.md", syntax: .markdown)
        } catch {
            fatalError("test article does not parse: \(error)")
        }
    }

    static func context(_ text: String, configuration: Configuration = Configuration()) -> RuleContext {
        RuleContext(document: document(text), configuration: configuration, resources: resources, spellChecker: nil)
    }

    static func findings(_ rule: any Rule.Type, _ text: String, configuration: Configuration = Configuration()) -> [Finding] {
        rule.init().check(context(text, configuration: configuration)).sorted(by: Finding.ordered)
    }
}
