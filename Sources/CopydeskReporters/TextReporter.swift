import CopydeskCore

/// `path:line:col: severity: message [rule]`, suggestions on the next line, a summary at the end.
public struct TextReporter: StreamingReporter {
    public static let identifier = "text"

    public init() {}

    public func header(context: ReportContext) -> String { "" }

    public func body(_ result: FileResult, index: Int, context: ReportContext) -> String {
        if let error = result.error {
            return context.errorsOnStandardError ? "" : "\(result.path): \(paint("error", .red, context)): \(error)\n"
        }
        var out = ""
        for finding in result.findings where finding.severity >= context.minimumSeverity {
            let color: ANSIColor = finding.severity == .error ? .red : finding.severity == .warning ? .yellow : .cyan
            out += "\(result.path):\(finding.line):\(finding.column): \(paint(finding.severity.rawValue, color, context)): "
            out += "\(finding.message) [\(finding.rule)]\n"
            if !finding.suggestions.isEmpty {
                // A multi-line suggestion (suggested markup) keeps its lines, indented under the finding.
                let list = finding.suggestions.joined(separator: ", ").replacingOccurrences(of: "\n", with: "\n      ")
                out += "    suggestions: \(list)\n"
            }
        }
        return out
    }

    public func footer(summary: Summary, context: ReportContext) -> String {
        let parts = [
            count(summary.errors, "error"), count(summary.warnings, "warning"), count(summary.suggestions, "suggestion"),
        ]
        // What happened: "1 file checked, 2 not checked", never "3 files checked ... 2 not checked".
        let checked = count(summary.files - summary.failedFiles, "file") + " checked"
        let notChecked = summary.failedFiles > 0 ? ", \(summary.failedFiles) not checked" : ""
        return "\(checked)\(notChecked): \(parts.joined(separator: ", "))\n"
    }

    private func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    enum ANSIColor: String {
        case red = "31"
        case yellow = "33"
        case cyan = "36"
    }

    private func paint(_ text: String, _ color: ANSIColor, _ context: ReportContext) -> String {
        context.color ? "\u{1B}[\(color.rawValue)m\(text)\u{1B}[0m" : text
    }
}
