import CopydeskCore

/// Writes the JSON shapes of `JSONOutput` directly into a string, byte for byte what `JSONOutput.encode`
/// gives for them (keys sorted, slashes unescaped), without `JSONEncoder`'s intermediate tree: findings are
/// most of a large run's output. The small nested reports (readability, content warnings) still go through
/// `JSONEncoder`. `JSONWriterTests` holds the two side by side.
struct JSONWriter {
    private(set) var output = ""

    init(capacity: Int = 0) { output.reserveCapacity(capacity) }

    /// `FileJSON`: keys content_warnings, error, findings, language, path, readability, syntax.
    mutating func file(_ result: FileResult) {
        output += "{"
        if let warnings = result.contentWarnings { output += "\"content_warnings\":" + JSONOutput.encode(warnings) + "," }
        if let error = result.error { key("error"); string(error); output += "," }
        output += "\"findings\":["
        for (index, finding) in result.findings.enumerated() {
            if index > 0 { output += "," }
            self.finding(finding)
        }
        output += "],"
        key("language"); string(result.language); output += ","
        key("path"); string(result.path); output += ","
        if let readability = result.readability { output += "\"readability\":" + JSONOutput.encode(readability) + "," }
        key("syntax"); string(result.syntax.rawValue)
        output += "}"
    }

    /// `FindingJSON`, with `path` between `message` and `rule` when given (the JSON Lines shape).
    mutating func finding(_ finding: Finding, path: String? = nil) {
        output += "{\"column\":\(finding.column),\"end_column\":\(finding.endColumn),\"end_line\":\(finding.endLine),"
        if let fix = finding.fix { key("fix"); output += "{"; key("replacement"); string(fix.replacement); output += "}," }
        output += "\"line\":\(finding.line),"
        key("match"); string(finding.match); output += ","
        key("message"); string(finding.message); output += ","
        if let path { key("path"); string(path); output += "," }
        key("rule"); string(finding.rule); output += ","
        key("severity"); string(finding.severity.rawValue); output += ",\"suggestions\":["
        for (index, suggestion) in finding.suggestions.enumerated() {
            if index > 0 { output += "," }
            string(suggestion)
        }
        output += "]}"
    }

    mutating func newline() { output += "\n" }

    private mutating func key(_ name: StaticString) {
        output += "\""
        output += name.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
        output += "\":"
    }

    /// A JSON string as `JSONEncoder` writes it: `"` and `\` escaped, \b \t \n \f \r short, other control
    /// characters as \u00xx, everything else (slashes, non-ASCII) as is. Runs of plain bytes are copied whole.
    mutating func string(_ value: String) {
        output += "\""
        var value = value
        value.withUTF8 { bytes in
            var runStart = 0
            for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                if runStart < index { output += String(decoding: bytes[runStart..<index], as: UTF8.self) }
                runStart = index + 1
                switch byte {
                case 0x22: output += "\\\""
                case 0x5C: output += "\\\\"
                case 0x08: output += "\\b"
                case 0x09: output += "\\t"
                case 0x0A: output += "\\n"
                case 0x0C: output += "\\f"
                case 0x0D: output += "\\r"
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    output += "\\u00" + String(decoding: [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]], as: UTF8.self)
                }
            }
            if runStart < bytes.count { output += String(decoding: bytes[runStart...], as: UTF8.self) }
        }
        output += "\""
    }
}
