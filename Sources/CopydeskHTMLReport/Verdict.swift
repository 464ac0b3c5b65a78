import CopydeskCore

/// The article against the publication's targets, as `PublishPolicy` sees it: blocked by a finding at the fail
/// level (or a file that could not be checked); needs work with warnings or a grade over target; else ready.
struct Verdict {
    var id: String
    var name: String
    var rank: Int
    var reasons: [String]
    var hasReasons: Bool

    static func of(_ result: FileResult, failLevel: Severity, targetGrade: Double) -> Verdict {
        if let error = result.error {
            return make("blocked", "Blocked", 2, ["The file could not be checked: \(error)"])
        }
        let blocking = result.findings.filter { $0.severity >= failLevel }
        let warnings = result.findings.filter { $0.severity >= .warning && $0.severity < failLevel }
        var overTarget: String?
        if let grade = result.readability?.scores.consensusGrade, grade > targetGrade {
            overTarget = "Consensus grade \(Format.one(grade)) is above the target of \(Format.one(targetGrade))"
        }
        if !blocking.isEmpty {
            return make("blocked", "Blocked", 2, reasons(blocking) + (overTarget.map { [$0] } ?? []) + reasons(warnings))
        }
        if !warnings.isEmpty || overTarget != nil {
            return make("needs-work", "Needs work", 1, (overTarget.map { [$0] } ?? []) + reasons(warnings))
        }
        return make("ready", "Ready", 0, ["Nothing at warning level or above, and the grade is within the target"])
    }

    private static func make(_ id: String, _ name: String, _ rank: Int, _ reasons: [String]) -> Verdict {
        Verdict(id: id, name: name, rank: rank, reasons: reasons, hasReasons: !reasons.isEmpty)
    }

    /// One line per rule, e.g. `2 × spelling.misspelling (error): Check the spelling of 'goverment'; …`.
    private static func reasons(_ findings: [Finding]) -> [String] {
        var order: [String] = []
        var byRule: [String: [Finding]] = [:]
        for finding in findings {
            if byRule[finding.rule] == nil { order.append(finding.rule) }
            byRule[finding.rule, default: []].append(finding)
        }
        return order.map { rule in
            let group = byRule[rule]!
            let examples = group.prefix(2).map(\.message).joined(separator: "; ")
            let more = group.count > 2 ? "; …" : ""
            return "\(group.count) × \(rule) (\(group[0].severity.rawValue)): \(examples)\(more)"
        }
    }
}
