import CopydeskCore
import CopydeskReporters

/// One article against the publish policy, for a CMS to act on: its status (`ArticleVerdict`: blocked by a finding
/// at the fail level or text that could not be checked, needs work with warnings below it, else ready) and why.
public struct PublishVerdict: Sendable, Equatable, Encodable {
    /// `ready`, `needs_work` or `blocked` (the service's spelling of `ArticleVerdict`).
    public var status: String
    /// What blocks first, then what is worth improving; one line per rule, quoting its first messages.
    public var reasons: [String]

    public init(status: String, reasons: [String]) {
        self.status = status
        self.reasons = reasons
    }
}

extension PublishPolicy {
    /// The verdict on a (policy-applied) result.
    public func verdict(for result: FileResult) -> PublishVerdict {
        let status = ArticleVerdict(result, failLevel: failLevel)
        let name = status == .needsWork ? "needs_work" : status.rawValue
        if let error = result.error {
            return PublishVerdict(status: name, reasons: ["The text could not be checked: \(error)"])
        }
        let blocking = result.findings.filter { $0.severity >= failLevel }
        let warnings = result.findings.filter { $0.severity >= .warning && $0.severity < failLevel }
        return PublishVerdict(status: name, reasons: Self.reasons(blocking) + Self.reasons(warnings))
    }

    /// One line per rule in order of first appearance, e.g. `2 × spelling.misspelling (error): Check …; Check …`.
    static func reasons(_ findings: [Finding]) -> [String] {
        var order: [String] = []
        var byRule: [String: [Finding]] = [:]
        for finding in findings {
            if byRule[finding.rule] == nil { order.append(finding.rule) }
            byRule[finding.rule, default: []].append(finding)
        }
        return order.map { rule in
            let group = byRule[rule]!
            let examples = group.prefix(2).map(\.message).joined(separator: "; ")
            return "\(group.count) × \(rule) (\(group[0].severity.rawValue)): \(examples)\(group.count > 2 ? "; …" : "")"
        }
    }
}
