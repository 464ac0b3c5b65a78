import CopydeskCore

/// Reads the YAML (`---`) or TOML (`+++`) block at the top of a Markdown file.
///
/// Prose fields (`FrontMatter.proseFields`) become `.frontMatter` blocks whose pieces map to the
/// exact bytes of each value in the source.
public enum FrontMatterParser {
    /// A prose value found while reading: its text, where it starts and how it is quoted.
    struct ProseValue {
        var key: String
        var value: String
        var start: Int
        var style: ScalarStyle
    }

    /// The front matter and its prose blocks, or nil when the file has none.
    /// Throws `FormatError` (with the source line) when the block is malformed.
    public static func parse(_ source: SourceText) throws -> (frontMatter: FrontMatter, blocks: [Block])? {
        guard source.lineCount >= 1 else { return nil }
        let opening = trimmedLine(source, 1)
        let format: FrontMatter.Format
        switch opening {
        case "---": format = .yaml
        case "+++": format = .toml
        default: return nil
        }
        var closingLine: Int?
        var line = 2
        while line <= source.lineCount {
            let text = trimmedLine(source, line)
            if text == opening || (format == .yaml && text == "...") {
                closingLine = line
                break
            }
            line += 1
        }
        guard let closing = closingLine else {
            // A lone `---` first line is a thematic break unless a key follows it.
            guard source.lineCount >= 2, looksLikeKey(trimmedLine(source, 2)) else { return nil }
            throw FormatError(message: "front matter opened with `\(opening)` on line 1 is never closed", line: 1)
        }
        let content = source.offset(ofLine: 2)..<source.offset(ofLine: closing)
        let whole = 0..<(closing < source.lineCount ? source.offset(ofLine: closing + 1) : source.count)
        let values: [String: MetadataValue]
        let keyLines: [String: Int]
        let prose: [ProseValue]
        switch format {
        case .yaml: (values, keyLines, prose) = try YAMLFrontMatter.read(source, content: content)
        case .toml: (values, keyLines, prose) = try TOMLFrontMatter.read(source, content: content)
        }
        let frontMatter = FrontMatter(format: format, sourceRange: whole, values: values, keyLines: keyLines)
        let blocks = prose.compactMap { item -> Block? in
            var builder = BlockBuilder()
            builder.append(ScalarMapper.segments(for: item.value, style: item.style, source: source.utf8,
                                                 start: item.start, limit: content.upperBound))
            return builder.isEmpty ? nil : builder.build(kind: .frontMatter, field: item.key)
        }
        return (frontMatter, blocks)
    }

    private static func trimmedLine(_ source: SourceText, _ line: Int) -> String {
        var text = source.text(source.range(ofLine: line))
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return text
    }

    private static func looksLikeKey(_ line: String) -> Bool {
        let key = line.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        let rest = line.dropFirst(key.count).drop { $0 == " " || $0 == "\t" }
        return !key.isEmpty && (rest.first == ":" || rest.first == "=")
    }

    /// Prose fields in a fixed order, so blocks come out the same way every run.
    static func ordered(_ prose: [ProseValue]) -> [ProseValue] {
        prose.sorted { (FrontMatter.proseFields.firstIndex(of: $0.key) ?? 99) < (FrontMatter.proseFields.firstIndex(of: $1.key) ?? 99) }
    }
}
