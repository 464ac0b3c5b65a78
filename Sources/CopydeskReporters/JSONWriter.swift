import CopydeskCore

/// Writes the JSON shapes of `JSONOutput` directly into a string, byte for byte what `JSONOutput.encode`
/// gives for them (keys sorted, slashes unescaped), without `JSONEncoder`'s intermediate tree: findings are
/// most of a large run's output, and the readability report with a part per paragraph comes next. The small
/// content-warning report still goes through `JSONEncoder`. `JSONWriterTests` holds the two side by side.
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
        if let readability = result.readability { key("readability"); self.readability(readability); output += "," }
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

    /// `ReadabilityReport`: counts flattened beside the other keys, as its `Encodable` conformance writes it.
    /// A score that is not finite makes `JSONEncoder` give up (`null`); that rare case is left to it.
    mutating func readability(_ report: ReadabilityReport) {
        let all = [report.scores] + (report.sections + report.paragraphs).map(\.scores)
        guard report.readingTimeSeconds.isFinite, all.allSatisfy(Self.isFinite) else {
            output += JSONOutput.encode(report)
            return
        }
        output += "{"
        countsBefore(report.counts)
        output += "\"long_words\":\(report.counts.longWords),"
        key("paragraphs"); parts(report.paragraphs); output += ","
        key("reading_time_seconds"); number(report.readingTimeSeconds); output += ","
        key("scores"); scores(report.scores); output += ","
        key("sections"); parts(report.sections); output += ","
        countsAfter(report.counts)
        output += "}"
    }

    private mutating func parts(_ parts: [ReadabilityPart]) {
        output += "["
        for (index, part) in parts.enumerated() {
            if index > 0 { output += "," }
            output += "{"
            countsBefore(part.counts)
            if let heading = part.heading { key("heading"); string(heading); output += "," }
            output += "\"line\":\(part.line),\"long_words\":\(part.counts.longWords),"
            key("scores"); scores(part.scores); output += ","
            countsAfter(part.counts)
            output += "}"
        }
        output += "]"
    }

    /// The count keys that sort before `heading` / `paragraphs`, and those after `sections` / `scores`.
    private mutating func countsBefore(_ counts: ReadabilityCounts) {
        output += "\"characters\":\(counts.characters),\"complex_words\":\(counts.complexWords),"
            + "\"difficult_words\":\(counts.difficultWords),"
    }

    private mutating func countsAfter(_ counts: ReadabilityCounts) {
        output += "\"sentences\":\(counts.sentences),\"syllables\":\(counts.syllables),\"words\":\(counts.words)"
    }

    private mutating func scores(_ s: ReadabilityScores) {
        let fields: [(StaticString, Double)] = [
            ("automated_readability_index", s.automatedReadabilityIndex), ("coleman_liau", s.colemanLiau),
            ("consensus_grade", s.consensusGrade), ("dale_chall", s.daleChall),
            ("flesch_kincaid_grade", s.fleschKincaidGrade), ("flesch_reading_ease", s.fleschReadingEase),
            ("gunning_fog", s.gunningFog), ("linsear_write", s.linsearWrite), ("lix", s.lix), ("rix", s.rix),
            ("smog", s.smog),
        ]
        output += "{"
        for (index, (name, value)) in fields.enumerated() {
            if index > 0 { output += "," }
            key(name)
            number(value)
        }
        output += "}"
    }

    private static func isFinite(_ s: ReadabilityScores) -> Bool {
        [s.automatedReadabilityIndex, s.colemanLiau, s.consensusGrade, s.daleChall, s.fleschKincaidGrade,
         s.fleschReadingEase, s.gunningFog, s.linsearWrite, s.lix, s.rix, s.smog].allSatisfy(\.isFinite)
    }

    /// A finite double as `JSONEncoder` writes it: Swift's shortest form, without a trailing `.0`.
    private mutating func number(_ value: Double) {
        let text = value.description
        output += text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

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
