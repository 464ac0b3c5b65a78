import CopydeskCore

/// `--format jsonl`, the streaming form of `--format json` for archives and batch engines: one line per file, the
/// object of an entry of `files` plus the article's `verdict` and the front-matter fields an audit groups by
/// (`headline`, `date`, `section`, `author`, when present). Clean articles get a line too, so a run's lines count
/// its articles. No header or summary line: shards' outputs concatenate. Keys are sorted; a line is built whole
/// before it is handed out, and the session writes it with one write.
public struct JSONLinesReporter: StreamingReporter {
    public static let identifier = "jsonl"

    public init() {}

    public func header(context: ReportContext) -> String { "" }

    public func body(_ result: FileResult, index: Int, context: ReportContext) -> String {
        var writer = JSONWriter(capacity: 256 * result.findings.count + 1024)
        writer.file(result, line: (ArticleVerdict(result, failLevel: context.failLevel).rawValue, result.article))
        writer.newline()
        return writer.output
    }

    public func footer(summary: Summary, context: ReportContext) -> String { "" }
}

/// An article's verdict, as the HTML report shows it: `blocked` by a finding at the fail level or by a file that
/// could not be checked; `needs-work` with findings at warning level below it (a grade over target is one);
/// else `ready`.
public enum ArticleVerdict: String, Sendable, CaseIterable {
    case ready
    case needsWork = "needs-work"
    case blocked

    public init(_ result: FileResult, failLevel: Severity) {
        if result.error != nil || result.findings.contains(where: { $0.severity >= failLevel }) {
            self = .blocked
        } else if result.findings.contains(where: { $0.severity >= .warning }) {
            self = .needsWork
        } else {
            self = .ready
        }
    }
}
