import CopydeskCore
import CopydeskFormats
import Foundation
@testable import CopydeskRules

/// Shared set-up for the content-warning tests: the repository's `Dictionaries/`, and a small
/// Markdown reader (front matter, headings, paragraphs) so these tests do not wait for the real front end.
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

/// Just enough Markdown for the tests: YAML-ish front matter (`key: value`, `key: [a, b]`, `- item` lists),
/// ATX headings and paragraphs separated by blank lines. Text is kept verbatim.
enum MiniMarkdown {
    static func parse(_ source: SourceText, path: String) -> Document {
        var blocks: [Block] = []
        var line = 1
        var frontMatter: FrontMatter?
        if source.text(source.range(ofLine: 1)) == "---" {
            var values: [String: MetadataValue] = [:]
            var keyLines: [String: Int] = [:]
            var lastKey: String?
            line = 2
            while line <= source.lineCount, source.text(source.range(ofLine: line)) != "---" {
                let range = source.range(ofLine: line)
                let text = source.text(range)
                if text.hasPrefix("  - ") || text.hasPrefix("- "), let key = lastKey {
                    let item = unquote(String(text.drop { $0 == " " || $0 == "-" }))
                    values[key] = .list((values[key].map { $0.strings } ?? []).map(MetadataValue.string) + [.string(item)])
                } else if let colon = text.firstIndex(of: ":") {
                    let key = String(text[..<colon])
                    let raw = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                    keyLines[key] = line
                    lastKey = key
                    if raw.hasPrefix("[") {
                        let items = raw.dropFirst().dropLast().split(separator: ",").map { unquote($0.trimmingCharacters(in: .whitespaces)) }
                        values[key] = .list(items.map(MetadataValue.string))
                    } else if raw.isEmpty {
                        values[key] = .list([])
                    } else {
                        values[key] = .string(unquote(raw))
                        if FrontMatter.proseFields.contains(key) {
                            let valueText = unquote(raw)
                            let lineText = source.text(range)
                            let startInLine = lineText.utf8.count - raw.utf8.count + (raw.hasPrefix("\"") ? 1 : 0)
                            var builder = BlockBuilder()
                            builder.appendVerbatim(valueText, sourceStart: range.lowerBound + startInLine)
                            blocks.append(builder.build(kind: .frontMatter, field: key))
                        }
                    }
                }
                line += 1
            }
            let end = source.offset(ofLine: line + 1)
            frontMatter = FrontMatter(format: .yaml, sourceRange: 0..<end, values: values, keyLines: keyLines)
            line += 1
        }
        var builder = BlockBuilder()
        var level = 0
        func flush() {
            if !builder.isEmpty { blocks.append(builder.build(kind: level > 0 ? .heading : .paragraph, level: level)) }
            builder = BlockBuilder()
            level = 0
        }
        while line <= source.lineCount {
            let range = source.range(ofLine: line)
            let text = source.text(range)
            if text.trimmingCharacters(in: .whitespaces).isEmpty || text.hasPrefix("<!--") {
                flush()
            } else if text.hasPrefix("#") {
                flush()
                let hashes = text.prefix { $0 == "#" }.count
                let body = text.dropFirst(hashes).drop { $0 == " " }
                builder.appendVerbatim(String(body), sourceStart: range.upperBound - body.utf8.count)
                level = hashes
                flush()
            } else {
                if !builder.isEmpty { builder.appendMapped(" ", sourceStart: range.lowerBound - 1, sourceLength: 1) }
                builder.appendVerbatim(text, sourceStart: range.lowerBound)
            }
            line += 1
        }
        flush()
        return Document(path: path, syntax: .markdown, source: source, frontMatter: frontMatter, blocks: blocks)
    }

    private static func unquote(_ s: String) -> String {
        if s.count >= 2, s.hasPrefix("\""), s.hasSuffix("\"") { return String(s.dropFirst().dropLast()) }
        return s
    }
}
