import CopydeskCore

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`,
/// which GitHub turns into annotations on the pull request. Paths are relative to the repository root
/// (`ReportContext.baseDirectory`). Errors, warnings and suggestions map to `error`, `warning`, `notice`.
public struct GitHubReporter: StreamingReporter {
    public static let identifier = "github"

    public init() {}

    public func header(context: ReportContext) -> String { "" }

    public func body(_ result: FileResult, index: Int, context: ReportContext) -> String {
        let path = ReportPath.display(result.path, context: context)
        if let error = result.error {
            return Self.command("error", properties: [("file", path), ("title", "copydesk: file not checked")], message: error)
        }
        var out = ""
        for finding in result.findings where finding.severity >= context.minimumSeverity {
            var message = finding.message
            if !finding.suggestions.isEmpty {
                message += "\nSuggestions: " + finding.suggestions.joined(separator: ", ")
            }
            let properties = [
                ("file", path), ("line", String(finding.line)), ("col", String(finding.column)),
                ("endLine", String(finding.endLine)), ("endColumn", String(finding.endColumn)),
                ("title", "copydesk " + finding.rule),
            ]
            out += Self.command(Self.command(for: finding.severity), properties: properties, message: message)
        }
        return out
    }

    /// A plain log line (not a command) with the totals.
    public func footer(summary: Summary, context: ReportContext) -> String {
        var parts = [count(summary.errors, "error"), count(summary.warnings, "warning"), count(summary.suggestions, "suggestion")]
        if summary.failedFiles > 0 { parts.append("\(summary.failedFiles) not checked") }
        return "copydesk: \(count(summary.files - summary.failedFiles, "file")) checked, " + parts.joined(separator: ", ") + "\n"
    }

    private func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// The workflow command for a severity.
    public static func command(for severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .suggestion: return "notice"
        }
    }

    /// One workflow command line, with its properties and message escaped.
    public static func command(_ name: String, properties: [(String, String)], message: String) -> String {
        let props = properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(name) \(props)::\(escapeData(message))\n"
    }

    /// Message escaping: `%`, carriage return and line feed.
    public static func escapeData(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Property escaping: as for messages, plus `:` and `,`, which separate properties.
    public static func escapeProperty(_ text: String) -> String {
        var out = ""
        for scalar in escapeData(text).unicodeScalars {
            switch scalar {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
