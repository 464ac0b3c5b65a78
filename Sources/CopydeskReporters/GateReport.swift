import CopydeskCore

/// What the pre-commit gate shows (`copydesk lint --staged`, `--gate`, the git hook): what blocks first, each
/// finding at `path:line:col` with what to do; then one hint line (how to fix, how to skip the check once); then
/// one summary line that counts the rest, which `copydesk lint FILE` shows. Pure, like the reporters.
public struct GateReport: Sendable {
    /// What the gate stands before, for the hint's last step.
    public enum Action: String, Sendable {
        /// The pre-commit hook, `lint --staged`, `lint --gate`.
        case commit
        /// The pre-push hook (`lint --commits`): the fixes must be committed before pushing again.
        case push
    }

    public var action: Action

    public init(action: Action = .commit) {
        self.action = action
    }

    /// The findings of one (policy-applied) result that block, in the text format; "" when none does.
    public func blocking(_ result: FileResult, context: ReportContext) -> String {
        var out = ""
        for finding in result.findings where finding.severity >= context.failLevel {
            let severity = context.color ? "\u{1B}[31m\(finding.severity.rawValue)\u{1B}[0m" : finding.severity.rawValue
            out += "\(result.path):\(finding.line):\(finding.column): \(severity): \(finding.message) [\(finding.rule)]\n"
            // One-line suggestions only (a suggested markup block would push the next finding off the screen).
            let short = finding.suggestions.filter { !$0.contains("\n") }.prefix(3)
            if !short.isEmpty { out += "    suggestions: \(short.joined(separator: ", "))\n" }
        }
        return out
    }

    /// The hint (only when something blocks) and the summary line, each ending in a newline.
    /// - Parameter results: every result of the run, policy-applied, with all its findings.
    public func closing(_ results: [FileResult], context: ReportContext) -> String {
        let failLevel = context.failLevel
        let blocked = results.filter { $0.error != nil || $0.findings.contains { $0.severity >= failLevel } }
        var summary = Summary()
        for result in results { summary.add(result) }
        var out = ""
        if !blocked.isEmpty { out += "hint: " + hint(blocked, context: context) + "\n" }
        let counts = ["\(count(summary.files - summary.failedFiles, "file")) checked"]
            + (summary.failedFiles > 0 ? ["\(summary.failedFiles) not checked"] : [])
            + ["\(blocked.count) blocked", count(summary.errors, "error"), count(summary.warnings, "warning"),
               count(summary.suggestions, "suggestion")]
        out += "copydesk: \(blocked.isEmpty ? "ready" : "blocked"): \(counts.joined(separator: ", "))"
        let hidden = results.filter { $0.findings.contains { $0.severity < failLevel } }
        let notListed = hidden.reduce(0) { $0 + $1.findings.filter { $0.severity < failLevel }.count }
        if notListed > 0 {
            let file = hidden.count == 1 ? Self.shellWord(hidden[0].path) : "FILE"
            out += "; \(notListed) below the \(failLevel.rawValue) level not listed: copydesk lint \(file) to see them"
        }
        return out + "\n"
    }

    /// How to clear what blocks: the safe fixes by command, misspellings by hand or into the desk list, the rest
    /// as each line says; then how to skip the check once on purpose.
    func hint(_ blocked: [FileResult], context: ReportContext) -> String {
        let safe = Set(context.rules.filter { $0.fix == .safe }.map(\.id))
        let blocking = blocked.flatMap { result in result.findings.filter { $0.severity >= context.failLevel }.map { (result.path, $0) } }
        var files: [String] = []
        var fixRules: [String] = []
        // A safe rule's finding with a fix or a suggested insertion (the content warning is placed by its own fixer).
        let fixable = { (finding: Finding) in safe.contains(finding.rule) && (finding.fix != nil || !finding.suggestions.isEmpty) }
        for (path, finding) in blocking where fixable(finding) {
            if !files.contains(path) { files.append(path) }
            if !fixRules.contains(finding.rule) { fixRules.append(finding.rule) }
        }
        let rest = blocking.filter { !fixable($0.1) }
        var steps: [String] = []
        if !files.isEmpty {
            steps.append("'copydesk lint --fix \(files.map(Self.shellWord).joined(separator: " "))' makes the safe fixes (\(fixRules.joined(separator: ", ")))")
        }
        if rest.contains(where: { $0.1.rule.hasPrefix("spelling.") }) {
            steps.append("correct each spelling, or accept a checked name with 'copydesk dict add WORD'")
        }
        if rest.contains(where: { !$0.1.rule.hasPrefix("spelling.") }) { steps.append("change the text as each line says") }
        if blocked.contains(where: { $0.error != nil }) { steps.append("make the files that could not be checked readable") }
        switch action {
        case .commit:
            return steps.joined(separator: "; ") + "; then 'git add' the files and commit again ('git commit --no-verify' skips this check once)"
        case .push:
            return steps.joined(separator: "; ") + "; then commit the changes and push again ('git push --no-verify' skips this check once)"
        }
    }

    private func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// A path as one shell word: as is when it has nothing the shell reads, else single-quoted.
    static func shellWord(_ path: String) -> String {
        let plain = path.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || "0123456789-_./+,:@%".unicodeScalars.contains($0) }
        return plain && !path.isEmpty ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
