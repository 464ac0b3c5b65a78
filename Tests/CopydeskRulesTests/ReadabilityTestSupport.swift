import CopydeskCore
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

    static func document(_ text: String) -> Document {
        let source = SourceText(text)
        var blocks: [Block] = []
        var frontMatter: FrontMatter?
        var line = 1
        if text.hasPrefix("---\n") {
            var values: [String: MetadataValue] = [:]
            var keyLines: [String: Int] = [:]
            line = 2
            while line <= source.lineCount, source.text(source.range(ofLine: line)) != "---" {
                let entry = source.text(source.range(ofLine: line))
                if let colon = entry.firstIndex(of: ":") {
                    let key = String(entry[..<colon])
                    values[key] = .string(entry[entry.index(after: colon)...].trimmingCharacters(in: .whitespaces))
                    keyLines[key] = line
                }
                line += 1
            }
            frontMatter = FrontMatter(format: .yaml, sourceRange: 0..<source.range(ofLine: line).upperBound,
                                      values: values, keyLines: keyLines)
            line += 1
        }
        var builder = BlockBuilder()
        var kind = BlockKind.paragraph, level = 0, quoted = false
        func flush() {
            if !builder.isEmpty { blocks.append(builder.build(kind: kind, level: level, inBlockQuote: quoted)) }
            builder = BlockBuilder()
            kind = .paragraph; level = 0; quoted = false
        }
        while line <= source.lineCount {
            let range = source.range(ofLine: line)
            let content = source.text(range)
            line += 1
            if content.trimmingCharacters(in: .whitespaces).isEmpty { flush(); continue }
            var start = range.lowerBound
            if builder.isEmpty, content.hasPrefix("#") {
                let hashes = content.prefix { $0 == "#" }.count
                kind = .heading; level = hashes; start += hashes + 1
            } else if content.hasPrefix("> ") {
                quoted = true; start += 2
            }
            if !builder.isEmpty { builder.appendMapped("\n", sourceStart: range.lowerBound - 1, sourceLength: 1) }
            builder.appendVerbatim(source.text(start..<range.upperBound), sourceStart: start)
        }
        flush()
        return Document(path: "example.md", syntax: .markdown, source: source, frontMatter: frontMatter, blocks: blocks)
    }

    static func context(_ text: String, configuration: Configuration = Configuration()) -> RuleContext {
        RuleContext(document: document(text), configuration: configuration, resources: resources, spellChecker: nil)
    }

    static func findings(_ rule: any Rule.Type, _ text: String, configuration: Configuration = Configuration()) -> [Finding] {
        rule.init().check(context(text, configuration: configuration)).sorted(by: Finding.ordered)
    }
}
