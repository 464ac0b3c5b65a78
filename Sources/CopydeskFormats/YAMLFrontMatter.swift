import CopydeskCore
import Yams

/// YAML front matter read with Yams, keeping each key's line and each prose value's position.
enum YAMLFrontMatter {
    static func read(_ source: SourceText, content: Range<Int>) throws
        -> ([String: MetadataValue], [String: Int], [FrontMatterParser.ProseValue]) {
        let lineOffset = source.line(at: content.lowerBound) - 1
        let node: Node?
        do {
            node = try Yams.compose(yaml: source.text(content))
        } catch let error as YamlError {
            throw convert(error, lineOffset: lineOffset)
        } catch {
            throw FormatError(message: "front matter is not valid YAML: \(error)", line: lineOffset + 1)
        }
        guard let node else { return ([:], [:], []) }
        guard case .mapping(let mapping) = node else {
            throw FormatError(message: "front matter must be a mapping of keys to values", line: (node.mark?.line ?? 1) + lineOffset)
        }
        var values: [String: MetadataValue] = [:]
        var lines: [String: Int] = [:]
        var prose: [FrontMatterParser.ProseValue] = []
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.string else { continue }
            if lines[key] != nil {
                throw FormatError(message: "front matter repeats the key `\(key)`", line: (keyNode.mark?.line ?? 1) + lineOffset)
            }
            values[key] = metadata(valueNode)
            lines[key] = (keyNode.mark?.line ?? 1) + lineOffset
            if FrontMatter.proseFields.contains(key), case .scalar(let scalar) = valueNode, let mark = scalar.mark {
                if let item = proseValue(key, scalar, mark, source, lineOffset) { prose.append(item) }
            }
        }
        return (values, lines, FrontMatterParser.ordered(prose))
    }

    private static func proseValue(_ key: String, _ scalar: Node.Scalar, _ mark: Mark, _ source: SourceText,
                                   _ lineOffset: Int) -> FrontMatterParser.ProseValue? {
        guard !scalar.string.isEmpty else { return nil }
        let line = mark.line + lineOffset
        var start = ScalarMapper.offset(line: line, column: mark.column, in: source)
        let style: ScalarStyle
        switch scalar.style {
        case .singleQuoted: style = .singleQuoted; start += 1
        case .doubleQuoted: style = .doubleQuoted; start += 1
        case .literal, .folded:
            style = .block
            start = source.offset(ofLine: line + 1)
            while start < source.count, source.utf8[start] == 0x20 { start += 1 }
        default: style = .plain
        }
        return FrontMatterParser.ProseValue(key: key, value: scalar.string, start: start, style: style)
    }

    static func metadata(_ node: Node) -> MetadataValue {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return .null }
            return .string(scalar.string)
        case .sequence(let sequence):
            return .list(sequence.map(metadata))
        case .mapping(let mapping):
            var map: [String: MetadataValue] = [:]
            for (key, value) in mapping { if let name = key.string { map[name] = metadata(value) } }
            return .map(map)
        default:
            return .null
        }
    }

    private static func convert(_ error: YamlError, lineOffset: Int) -> FormatError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return FormatError(message: "front matter is not valid YAML: \(problem)", line: mark.line + lineOffset)
        default:
            return FormatError(message: "front matter is not valid YAML: \(error)", line: lineOffset + 1)
        }
    }
}
