import CopydeskCore

/// Writes the JSON shapes of `JSONOutput` as UTF-8 bytes, byte for byte what `JSONOutput.encode` gives for them
/// (keys sorted, slashes unescaped), without `JSONEncoder`'s intermediate tree or temporary strings: findings are
/// most of a large run's output, and the readability report with a part per paragraph comes next. The small
/// content-warning report still goes through `JSONEncoder`. `JSONWriterTests` holds the two side by side.
struct JSONWriter {
    private var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    var output: String { String(decoding: bytes, as: UTF8.self) }

    /// `FileJSON`: keys content_warnings, error, findings, language, path, readability, syntax. With `line`, the
    /// JSON Lines shape: the article's fields (author, date, headline, section, when present) and `verdict` too,
    /// each in its sorted place. With `utf16` (one span per finding), each finding's `offset` and `length` in UTF-16
    /// code units too (the service's shape).
    mutating func file(_ result: FileResult, line: (verdict: String, article: ArticleFields?)? = nil, utf16: [UTF16Span]? = nil) {
        let article = line?.article
        raw("{")
        optional("author", article?.author)
        if let warnings = result.contentWarnings { key("content_warnings"); bytes += JSONOutput.encode(warnings).utf8; raw(",") }
        optional("date", article?.date)
        if let error = result.error { key("error"); string(error); raw(",") }
        raw("\"findings\":[")
        for (index, finding) in result.findings.enumerated() {
            if index > 0 { raw(",") }
            self.finding(finding, utf16: utf16?[index])
        }
        raw("],")
        optional("headline", article?.headline)
        key("language"); string(result.language); raw(",")
        key("path"); string(result.path); raw(",")
        if let readability = result.readability { key("readability"); self.readability(readability); raw(",") }
        optional("section", article?.section)
        key("syntax"); string(result.syntax.rawValue)
        if let verdict = line?.verdict { raw(","); key("verdict"); string(verdict) }
        raw("}")
    }

    /// `"name":"value",` when there is a value.
    private mutating func optional(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name); string(value); raw(",")
    }

    /// `FindingJSON`, with `path` between `message` and `rule` when given (the JSON Lines shape), and `length`
    /// and `offset` in UTF-16 code units when given (the service's shape).
    mutating func finding(_ finding: Finding, path: String? = nil, utf16: UTF16Span? = nil) {
        raw("{\"column\":"); int(finding.column)
        raw(",\"end_column\":"); int(finding.endColumn)
        raw(",\"end_line\":"); int(finding.endLine)
        raw(",")
        if let fix = finding.fix { key("fix"); raw("{"); key("replacement"); string(fix.replacement); raw("},") }
        if let utf16 { raw("\"length\":"); int(utf16.length); raw(",") }
        raw("\"line\":"); int(finding.line); raw(",")
        key("match"); string(finding.match); raw(",")
        key("message"); string(finding.message); raw(",")
        if !finding.occurrences.isEmpty {
            raw("\"occurrences\":[")
            for (index, place) in finding.occurrences.enumerated() {
                if index > 0 { raw(",") }
                raw("{\"column\":"); int(place.column); raw(",\"line\":"); int(place.line); raw("}")
            }
            raw("],")
        }
        if let utf16 { raw("\"offset\":"); int(utf16.offset); raw(",") }
        if let path { key("path"); string(path); raw(",") }
        key("rule"); string(finding.rule); raw(",")
        key("severity"); string(finding.severity.rawValue); raw(",\"suggestions\":[")
        for (index, suggestion) in finding.suggestions.enumerated() {
            if index > 0 { raw(",") }
            string(suggestion)
        }
        raw("]")
        if !finding.words.isEmpty {
            raw(",\"words\":[")
            for (index, word) in finding.words.enumerated() {
                if index > 0 { raw(",") }
                string(word)
            }
            raw("]")
        }
        raw("}")
    }

    mutating func newline() { bytes.append(0x0A) }

    /// `ReadabilityReport`: counts flattened beside the other keys, as its `Encodable` conformance writes it.
    /// A score that is not finite makes `JSONEncoder` give up (`null`); that rare case is left to it.
    mutating func readability(_ report: ReadabilityReport) {
        let all = [report.scores] + (report.sections + report.paragraphs).map(\.scores)
        guard report.readingTimeSeconds.isFinite, all.allSatisfy(Self.isFinite) else {
            bytes += JSONOutput.encode(report).utf8
            return
        }
        raw("{")
        countsBefore(report.counts)
        raw("\"long_words\":"); int(report.counts.longWords); raw(",")
        key("paragraphs"); parts(report.paragraphs); raw(",")
        key("reading_time_seconds"); number(report.readingTimeSeconds); raw(",")
        key("scores"); scores(report.scores); raw(",")
        key("sections"); parts(report.sections); raw(",")
        countsAfter(report.counts)
        raw("}")
    }

    private mutating func parts(_ parts: [ReadabilityPart]) {
        raw("[")
        for (index, part) in parts.enumerated() {
            if index > 0 { raw(",") }
            raw("{")
            countsBefore(part.counts)
            if let heading = part.heading { key("heading"); string(heading); raw(",") }
            raw("\"line\":"); int(part.line)
            raw(",\"long_words\":"); int(part.counts.longWords); raw(",")
            key("scores"); scores(part.scores); raw(",")
            countsAfter(part.counts)
            raw("}")
        }
        raw("]")
    }

    /// The count keys that sort before `heading` / `long_words`, and those after `sections` / `scores`.
    private mutating func countsBefore(_ counts: ReadabilityCounts) {
        raw("\"characters\":"); int(counts.characters)
        raw(",\"complex_words\":"); int(counts.complexWords)
        raw(",\"difficult_words\":"); int(counts.difficultWords)
        raw(",\"fog_complex_words\":"); int(counts.fogComplexWords); raw(",")
    }

    private mutating func countsAfter(_ counts: ReadabilityCounts) {
        raw("\"sentences\":"); int(counts.sentences)
        raw(",\"syllables\":"); int(counts.syllables)
        raw(",\"words\":"); int(counts.words)
    }

    /// `"id":` of every formula, in the table's order (already JSON key order).
    private static let scoreKeys: [[UInt8]] = ReadabilityFormula.all.map { Array("\"\($0.id)\":".utf8) }

    private mutating func scores(_ s: ReadabilityScores) {
        raw("{")
        for (index, formula) in ReadabilityFormula.all.enumerated() {
            if index > 0 { raw(",") }
            bytes += Self.scoreKeys[index]
            number(s[keyPath: formula.score])
        }
        raw("}")
    }

    private static func isFinite(_ s: ReadabilityScores) -> Bool {
        ReadabilityFormula.all.allSatisfy { s[keyPath: $0.score].isFinite }
    }

    /// A finite double as `JSONEncoder` writes it: Swift's shortest form, without a trailing `.0`.
    private mutating func number(_ value: Double) {
        let text = value.description
        bytes += (text.hasSuffix(".0") ? String(text.dropLast(2)) : text).utf8
    }

    /// An integer in decimal digits.
    private mutating func int(_ value: Int) {
        if value < 0 {
            guard value != .min else { bytes += String(value).utf8; return }
            bytes.append(0x2D)
            int(-value)
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                      UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
                rest /= 10
                count += 1
            } while rest > 0
            bytes += buffer[(20 - count)...]
        }
    }

    private mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes += $0 }
    }

    private mutating func key(_ name: StaticString) {
        bytes.append(0x22)
        raw(name)
        bytes += [0x22, 0x3A]
    }

    /// A JSON string as `JSONEncoder` writes it: `"` and `\` escaped, \b \t \n \f \r short, other control
    /// characters as \u00xx, everything else (slashes, non-ASCII) as is. Runs of plain bytes are copied whole.
    mutating func string(_ value: String) {
        bytes.append(0x22)
        var value = value
        value.withUTF8 { text in
            var runStart = 0
            for (index, byte) in text.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                if runStart < index { bytes += text[runStart..<index] }
                runStart = index + 1
                switch byte {
                case 0x22: raw("\\\"")
                case 0x5C: raw("\\\\")
                case 0x08: raw("\\b")
                case 0x09: raw("\\t")
                case 0x0A: raw("\\n")
                case 0x0C: raw("\\f")
                case 0x0D: raw("\\r")
                default:
                    let hex: StaticString = "0123456789abcdef"
                    raw("\\u00")
                    hex.withUTF8Buffer { bytes += [$0[Int(byte >> 4)], $0[Int(byte & 0xF)]] }
                }
            }
            if runStart < text.count { bytes += text[runStart...] }
        }
        bytes.append(0x22)
    }
}
