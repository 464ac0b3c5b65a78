import CopydeskCore

/// A small TOML reader for front matter: `key = value`, strings, arrays, inline tables and `[tables]`.
struct TOMLFrontMatter {
    private let bytes: [UInt8]
    private let source: SourceText
    private let limit: Int
    private var index: Int

    static func read(_ source: SourceText, content: Range<Int>) throws
        -> ([String: MetadataValue], [String: Int], [FrontMatterParser.ProseValue]) {
        var reader = TOMLFrontMatter(bytes: source.utf8, source: source, limit: content.upperBound, index: content.lowerBound)
        return try reader.readDocument()
    }

    private mutating func readDocument() throws -> ([String: MetadataValue], [String: Int], [FrontMatterParser.ProseValue]) {
        var root: [String: MetadataValue] = [:]
        var lines: [String: Int] = [:]
        var prose: [FrontMatterParser.ProseValue] = []
        var table: String?
        var tableValues: [String: MetadataValue] = [:]
        func closeTable() {
            if let name = table { root[name] = .map(tableValues) }
        }
        while true {
            skipBlankAndComments()
            guard index < limit else { break }
            let line = source.line(at: index)
            if bytes[index] == UInt8(ascii: "[") {
                closeTable()
                index += 1
                let nameStart = index
                while index < limit, bytes[index] != UInt8(ascii: "]"), bytes[index] != 0x0A { index += 1 }
                guard index < limit, bytes[index] == UInt8(ascii: "]") else { throw error("unclosed table header", line) }
                let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).trimmingSpaces
                while index < limit, bytes[index] != 0x0A { index += 1 }
                table = name
                tableValues = [:]
                lines[name] = line
                continue
            }
            let key = try readKey(line)
            skipSpaces()
            guard index < limit, bytes[index] == UInt8(ascii: "=") else { throw error("expected `key = value`", line) }
            index += 1
            skipSpaces()
            let valueStart = index
            let (value, style) = try readValue(line)
            try finishLine(line)
            if table == nil {
                if lines[key] != nil { throw error("front matter repeats the key `\(key)`", line) }
                root[key] = value
                lines[key] = line
                if FrontMatter.proseFields.contains(key), let text = value.string, !text.isEmpty, let style {
                    let quote = bytes[valueStart] == UInt8(ascii: "\"") || bytes[valueStart] == UInt8(ascii: "'")
                    prose.append(.init(key: key, value: text, start: valueStart + (quote ? 1 : 0), style: style))
                }
            } else {
                tableValues[key] = value
            }
        }
        closeTable()
        return (root, lines, FrontMatterParser.ordered(prose))
    }

    private func error(_ message: String, _ line: Int) -> FormatError {
        FormatError(message: "front matter is not valid TOML: \(message)", line: line)
    }

    private mutating func readKey(_ line: Int) throws -> String {
        if index < limit, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
            let (value, _) = try readString(line)
            return value.string ?? ""
        }
        let start = index
        while index < limit, CharacterReference.isAlphanumeric(bytes[index]) || bytes[index] == UInt8(ascii: "_")
                || bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: ".") { index += 1 }
        guard index > start else { throw error("expected a key", line) }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func readValue(_ line: Int) throws -> (MetadataValue, ScalarStyle?) {
        guard index < limit else { throw error("missing value", line) }
        switch bytes[index] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return try readString(line)
        case UInt8(ascii: "["):
            index += 1
            var items: [MetadataValue] = []
            while true {
                skipBlankAndComments()
                guard index < limit else { throw error("unclosed array", line) }
                if bytes[index] == UInt8(ascii: "]") { index += 1; break }
                items.append(try readValue(line).0)
                skipBlankAndComments()
                if index < limit, bytes[index] == UInt8(ascii: ",") { index += 1 }
            }
            return (.list(items), nil)
        case UInt8(ascii: "{"):
            index += 1
            var map: [String: MetadataValue] = [:]
            while true {
                skipSpaces()
                guard index < limit, bytes[index] != 0x0A else { throw error("unclosed inline table", line) }
                if bytes[index] == UInt8(ascii: "}") { index += 1; break }
                let key = try readKey(line)
                skipSpaces()
                guard index < limit, bytes[index] == UInt8(ascii: "=") else { throw error("expected `=` in inline table", line) }
                index += 1
                skipSpaces()
                map[key] = try readValue(line).0
                skipSpaces()
                if index < limit, bytes[index] == UInt8(ascii: ",") { index += 1 }
            }
            return (.map(map), nil)
        default:
            let start = index
            while index < limit, !LiteralMatcher.isSpace(bytes[index]),
                  ![UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "#")].contains(bytes[index]) { index += 1 }
            guard index > start else { throw error("missing value", line) }
            return (.string(String(decoding: bytes[start..<index], as: UTF8.self)), nil)
        }
    }

    private mutating func readString(_ line: Int) throws -> (MetadataValue, ScalarStyle?) {
        let quote = bytes[index]
        let triple = index + 2 < limit && bytes[index + 1] == quote && bytes[index + 2] == quote
        index += triple ? 3 : 1
        var out: [UInt8] = []
        while true {
            guard index < limit, triple || bytes[index] != 0x0A else { throw error("unterminated string", line) }
            let byte = bytes[index]
            if byte == quote, !triple || (index + 2 < limit && bytes[index + 1] == quote && bytes[index + 2] == quote) {
                index += triple ? 3 : 1
                break
            }
            if byte == UInt8(ascii: "\\"), quote == UInt8(ascii: "\""), index + 1 < limit {
                out.append(contentsOf: unescape())
                continue
            }
            out.append(byte)
            index += 1
        }
        return (.string(String(decoding: out, as: UTF8.self)), quote == UInt8(ascii: "\"") ? .doubleQuoted : .raw)
    }

    /// Decodes one backslash escape at `index` and steps over it.
    private mutating func unescape() -> [UInt8] {
        let next = bytes[index + 1]
        index += 2
        switch next {
        case UInt8(ascii: "n"): return [0x0A]
        case UInt8(ascii: "t"): return [0x09]
        case UInt8(ascii: "r"): return [0x0D]
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let count = next == UInt8(ascii: "u") ? 4 : 8
            let end = min(limit, index + count)
            let hex = String(decoding: bytes[index..<end], as: UTF8.self)
            index = end
            return CharacterReference.encode(UInt32(hex, radix: 16) ?? 0xFFFD)
        default: return [next]
        }
    }

    private mutating func finishLine(_ line: Int) throws {
        skipSpaces()
        if index < limit, bytes[index] == UInt8(ascii: "#") {
            while index < limit, bytes[index] != 0x0A { index += 1 }
        }
        guard index >= limit || bytes[index] == 0x0A else { throw error("unexpected text after the value", line) }
    }

    private mutating func skipSpaces() {
        while index < limit, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0D { index += 1 }
    }

    private mutating func skipBlankAndComments() {
        while index < limit {
            let byte = bytes[index]
            if LiteralMatcher.isSpace(byte) { index += 1; continue }
            if byte == UInt8(ascii: "#") {
                while index < limit, bytes[index] != 0x0A { index += 1 }
                continue
            }
            break
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " || text.first == "\t" { text.removeFirst() }
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return String(text)
    }
}
