import CopydeskCore
import Foundation

/// The stable machine format (`docs/json-output.md`): keys sorted, byte-stable, version 1.
/// Written file by file: `{"files":[...],"summary":{...},"version":1}` is already in sorted-key order.
public struct JSONReporter: StreamingReporter {
    public static let identifier = "json"
    public static let formatVersion = 1

    public init() {}

    public func header(context: ReportContext) -> String { "{\"files\":[" }

    public func body(_ result: FileResult, index: Int, context: ReportContext) -> String {
        var writer = JSONWriter(capacity: 256 * result.findings.count + 256)
        writer.file(result)
        return (index == 0 ? "" : ",") + writer.output
    }

    public func footer(summary: Summary, context: ReportContext) -> String {
        "],\"summary\":" + JSONOutput.encode(JSONOutput.SummaryJSON(summary)) + ",\"version\":\(Self.formatVersion)}\n"
    }
}

/// Where a finding is in UTF-16 code units from the start of the text, as JavaScript editors index it.
public struct UTF16Span: Sendable, Equatable {
    public var offset: Int
    public var length: Int

    public init(offset: Int, length: Int) {
        self.offset = offset
        self.length = length
    }
}

/// The JSON shapes shared by the JSON and JSON Lines formats.
public enum JSONOutput {
    /// One entry of `files`, byte for byte as `lint --format json` writes it; with `utf16` (one span per finding)
    /// each finding also carries `offset` and `length`, the service's shape.
    public static func file(_ result: FileResult, utf16: [UTF16Span]? = nil) -> String {
        precondition(utf16 == nil || utf16!.count == result.findings.count, "one UTF-16 span per finding")
        var writer = JSONWriter(capacity: 256 * result.findings.count + 256)
        writer.file(result, utf16: utf16)
        return writer.output
    }

    public static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    public struct FindingJSON: Encodable {
        public var finding: Finding

        public init(_ finding: Finding) { self.finding = finding }

        enum Keys: String, CodingKey {
            case rule, severity, line, column, endLine = "end_line", endColumn = "end_column", match, message, suggestions, fix, occurrences, words
        }

        enum FixKeys: String, CodingKey { case replacement, line, column, endLine = "end_line", endColumn = "end_column" }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(finding.rule, forKey: .rule)
            try c.encode(finding.severity, forKey: .severity)
            try c.encode(finding.line, forKey: .line)
            try c.encode(finding.column, forKey: .column)
            try c.encode(finding.endLine, forKey: .endLine)
            try c.encode(finding.endColumn, forKey: .endColumn)
            try c.encode(finding.match, forKey: .match)
            try c.encode(finding.message, forKey: .message)
            try c.encode(finding.suggestions, forKey: .suggestions)
            if let fix = finding.fix {
                var f = c.nestedContainer(keyedBy: FixKeys.self, forKey: .fix)
                try f.encode(fix.replacement, forKey: .replacement)
            }
            if !finding.occurrences.isEmpty { try c.encode(finding.occurrences, forKey: .occurrences) }
            if !finding.words.isEmpty { try c.encode(finding.words, forKey: .words) }
        }
    }

    public struct FileJSON: Encodable {
        public var result: FileResult

        public init(_ result: FileResult) { self.result = result }

        enum Keys: String, CodingKey { case path, language, syntax, findings, error, readability, contentWarnings = "content_warnings" }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(result.path, forKey: .path)
            try c.encode(result.language, forKey: .language)
            try c.encode(result.syntax.rawValue, forKey: .syntax)
            try c.encode(result.findings.map(FindingJSON.init), forKey: .findings)
            try c.encodeIfPresent(result.error, forKey: .error)
            try c.encodeIfPresent(result.readability, forKey: .readability)
            try c.encodeIfPresent(result.contentWarnings, forKey: .contentWarnings)
        }
    }

    public struct SummaryJSON: Encodable {
        public var summary: Summary

        public init(_ summary: Summary) { self.summary = summary }

        enum Keys: String, CodingKey {
            case files, filesWithFindings = "files_with_findings", errors, warnings, suggestions, failedFiles = "failed_files"
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(summary.files, forKey: .files)
            try c.encode(summary.filesWithFindings, forKey: .filesWithFindings)
            try c.encode(summary.errors, forKey: .errors)
            try c.encode(summary.warnings, forKey: .warnings)
            try c.encode(summary.suggestions, forKey: .suggestions)
            try c.encode(summary.failedFiles, forKey: .failedFiles)
        }
    }
}
