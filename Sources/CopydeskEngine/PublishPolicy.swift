import CopydeskCore

/// What stops an article: findings at or above the fail level, after `--strict` has turned warnings into
/// errors. The configuration's `fail_level` is the default; `--fail-level` overrides it. Rule severities
/// (from the rules and `rules:` in the configuration) decide the rest: by default misspellings and missing
/// content warnings are errors and block, readability over target is a warning and does not.
public struct PublishPolicy: Sendable, Equatable {
    public var failLevel: Severity
    public var strict: Bool

    public init(failLevel: Severity = .error, strict: Bool = false) {
        self.failLevel = failLevel
        self.strict = strict
    }

    /// The configuration's fail level, overridden by a `--fail-level` flag when given.
    public init(configuration: Configuration, failLevel: Severity? = nil, strict: Bool = false) {
        self.init(failLevel: failLevel ?? configuration.failLevel, strict: strict)
    }

    /// The result as reported: with `strict`, warnings become errors.
    public func apply(_ result: FileResult) -> FileResult {
        guard strict else { return result }
        var raised = result
        for i in raised.findings.indices where raised.findings[i].severity == .warning {
            raised.findings[i].severity = .error
        }
        return raised
    }

    /// Whether a (policy-applied) result blocks: a finding at or above the fail level.
    public func blocks(_ result: FileResult) -> Bool {
        result.findings.contains { $0.severity >= failLevel }
    }

    /// One line for hooks and CI logs, e.g. `copydesk: blocked: 3 findings at error level or above in 2 files`.
    public func verdict(_ results: [FileResult]) -> String {
        let blocking = results.filter(blocks)
        let count = blocking.reduce(0) { $0 + $1.findings.filter { $0.severity >= failLevel }.count }
        let failed = results.filter { $0.error != nil }.count
        var line: String
        if blocking.isEmpty {
            line = "copydesk: ready: nothing at \(failLevel.rawValue) level or above in \(plural(results.count - failed, "file"))"
        } else {
            line = "copydesk: blocked: \(plural(count, "finding")) at \(failLevel.rawValue) level or above "
                + "in \(plural(blocking.count, "file"))"
        }
        if failed > 0 { line += "; \(failed) not checked" }
        return line
    }

    private func plural(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
