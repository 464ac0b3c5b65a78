import CopydeskCore

/// `--format jsonl-findings`: one object per finding per line, with the keys of `JSONOutput.FindingJSON` plus
/// `path`; a file that could not be checked gives `{"error":…,"path":…}`. No header, no summary line: every line
/// is a finding or a failed file, so a clean file writes nothing (`jsonl` writes one line per file). Keys are sorted.
public struct JSONFindingLinesReporter: StreamingReporter {
    public static let identifier = "jsonl-findings"

    public init() {}

    public func header(context: ReportContext) -> String { "" }

    public func body(_ result: FileResult, index: Int, context: ReportContext) -> String {
        if let error = result.error {
            return JSONOutput.encode(FailedFileLine(path: result.path, error: error)) + "\n"
        }
        var writer = JSONWriter(capacity: 300 * result.findings.count)
        for finding in result.findings {
            writer.finding(finding, path: result.path)
            writer.newline()
        }
        return writer.output
    }

    public func footer(summary: Summary, context: ReportContext) -> String { "" }

    /// A finding's JSON object with its file's path added, through `JSONEncoder`: the reference `JSONWriter`
    /// is tested against.
    struct FindingLine: Encodable {
        var path: String
        var finding: Finding

        enum Keys: String, CodingKey { case path }

        func encode(to encoder: Encoder) throws {
            try JSONOutput.FindingJSON(finding).encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(path, forKey: .path)
        }
    }

    struct FailedFileLine: Encodable {
        var path: String
        var error: String
    }
}
