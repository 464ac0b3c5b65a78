import CopydeskCore

/// Where a source line is in the article as the reader sees it: `paragraph 2`, and the anchor to jump to.
struct Place {
    var label: String
    var anchor: String

    static func line(_ line: Int) -> Place { Place(label: "line \(line)", anchor: "L\(line)") }
}

/// One thing that must change before publishing, with what to do about it.
struct BlockingItem {
    var kind: String
    var label: String
    var text: String
    /// Where it is (zero or one).
    var place: [Place]
    /// What to do: a sentence, and text to paste or a command to run (zero or one each).
    var action: [String]
    var paste: [String]
    var command: [String]
}

/// A kind of thing worth improving, with its count and an example.
struct ImprovingRow {
    var kind: String
    var label: String
    var text: String
    var example: String
}

/// The article against the publication's targets, as `PublishPolicy` sees it: blocked by a finding at the fail
/// level (or a file that could not be checked); needs work with warnings or a grade over target; else ready.
/// Said in words: what blocks first, with its action, then what is worth improving, grouped by kind.
struct Verdict {
    var id: String
    var name: String
    var rank: Int
    /// `Blocked: 1 thing must change before publishing`.
    var sentence: String
    /// The index's short reason: `add a content warning`, `2 misspellings`.
    var reason: String
    var blocking: [BlockingItem]
    var hasBlocking: Bool
    var moreBlocking: [String]
    var improving: [ImprovingRow]
    var hasImproving: Bool

    /// Most blocking items listed one by one; the rest are counted.
    static let listed = 8

    static func of(_ result: FileResult, failLevel: Severity, targetGrade: Double, groups: ReportGroups,
                   place: (Int) -> Place = Place.line, fixCommand: String? = nil) -> Verdict {
        if let error = result.error {
            let item = BlockingItem(kind: "other", label: "!", text: "The file could not be checked: \(error)", place: [],
                                    action: ["Fix the file or its configuration and run the report again"], paste: [], command: [])
            return Verdict(id: "blocked", name: "Blocked", rank: 2, sentence: "Blocked: the file could not be checked",
                           reason: "the file could not be checked", blocking: [item], hasBlocking: true, moreBlocking: [], improving: [],
                           hasImproving: false)
        }
        let blocking = result.findings.filter { $0.severity >= failLevel }
        let rest = result.findings.filter { $0.severity < failLevel }
        let grade = result.readability?.scores.consensusGrade
        let over = grade.map { $0 > targetGrade } ?? false
        let improving = improvingRows(rest, grade: grade, target: targetGrade, groups: groups)
        if !blocking.isEmpty {
            let n = blocking.count
            let items = blocking.prefix(listed).map { item($0, place: place, fixCommand: fixCommand, contentWarning: result.contentWarnings, groups: groups) }
            let more = n > listed ? ["\(n - listed) more in the findings table"] : []
            return Verdict(id: "blocked", name: "Blocked",
                           rank: 2, sentence: "Blocked: \(n == 1 ? "1 thing must" : "\(n) things must") change before publishing",
                           reason: shortReason(blocking, groups: groups), blocking: Array(items), hasBlocking: true, moreBlocking: more, improving: improving,
                           hasImproving: !improving.isEmpty)
        }
        let warnings = rest.filter { $0.severity >= .warning }
        if !warnings.isEmpty || over {
            let worth = warnings.count + (over && !warnings.contains { $0.rule == "readability.grade_target" } ? 1 : 0)
            let reason = over ? "grade \(Format.one(grade!)), target \(Format.one(targetGrade))" : shortReason(warnings, groups: groups)
            return Verdict(id: "needs-work", name: "Needs work", rank: 1,
                           sentence: "Needs work: nothing blocks publishing; \(worth == 1 ? "1 thing is" : "\(worth) things are") worth improving first",
                           reason: reason, blocking: [], hasBlocking: false, moreBlocking: [], improving: improving,
                           hasImproving: !improving.isEmpty)
        }
        return Verdict(id: "ready", name: "Ready", rank: 0,
                       sentence: "Ready to publish: nothing at warning level or above, and the grade is within the target",
                       reason: "nothing to fix", blocking: [], hasBlocking: false, moreBlocking: [], improving: improving,
                       hasImproving: !improving.isEmpty)
    }

    /// `add a content warning`, `2 misspellings`, `1 misspelling and 1 accessibility issue`.
    static func shortReason(_ findings: [Finding], groups: ReportGroups) -> String {
        var counts: [(FindingKind, Int)] = []
        for finding in findings {
            let kind = groups.of(rule: finding.rule)
            if let i = counts.firstIndex(where: { $0.0 == kind }) { counts[i].1 += 1 } else { counts.append((kind, 1)) }
        }
        let parts = counts.map { kind, n -> String in
            if kind.id == "sensitive", n == 1, let only = findings.first(where: { groups.of(rule: $0.rule) == kind }) {
                return only.rule == "content_warning.missing" ? "add a content warning" : "fix the content warning"
            }
            return kind.count(n)
        }
        if parts.count <= 2 { return parts.joined(separator: " and ") }
        return parts.prefix(2).joined(separator: ", ") + " and \(parts.count - 2) more kinds"
    }

    private static func item(_ finding: Finding, place: (Int) -> Place, fixCommand: String?,
                             contentWarning: ContentWarningReport?, groups: ReportGroups) -> BlockingItem {
        let kind = groups.of(rule: finding.rule)
        let at = place(finding.line)
        var action = ""
        var paste: [String] = []
        var command: [String] = []
        if finding.rule.hasPrefix("content_warning."), let cw = contentWarning, cw.suggestion.needed, let line = cw.suggestion.insertBeforeLine {
            let before = place(line)
            if !cw.suggestion.placement.isEmpty {
                action = "Paste this \(cw.suggestion.placement):"
            } else {
                action = cw.suggestion.position == .top
                    ? "Paste this at the top, after the headline and standfirst (before \(before.label)):"
                    : "Paste this before \(before.label):"
            }
            paste = [cw.suggestion.markdown]
        } else if finding.fix != nil, let fixCommand {
            action = "Run this to apply the fix (it rewrites only what the finding names):"
            command = [fixCommand]
        } else if !finding.suggestions.isEmpty {
            action = "Try: " + finding.suggestions.prefix(3).joined(separator: ", ")
        } else if finding.rule == "spelling.misspelling" {
            action = "Correct it, or add the word to the publication's word list if it is right"
        }
        return BlockingItem(kind: kind.id, label: kind.label, text: finding.message, place: [at],
                            action: action.isEmpty ? [] : [action], paste: paste, command: command)
    }

    /// Non-blocking findings grouped by kind, in kind order, with the grade against its target in words.
    private static func improvingRows(_ findings: [Finding], grade: Double?, target: Double, groups: ReportGroups) -> [ImprovingRow] {
        var rows: [ImprovingRow] = []
        for kind in groups.all {
            let group = findings.filter { groups.of(rule: $0.rule) == kind }
            if kind.id == "grade", let grade, grade > target {
                rows.append(ImprovingRow(kind: kind.id, label: kind.label,
                                         text: "Reading grade \(Format.one(grade)): \(Format.grades(grade - target)) over the target of \(Format.one(target))",
                                         example: "Shorter sentences and plainer words bring it down"))
                continue
            }
            guard let first = group.first, kind.id != "grade" else { continue }
            let severities = Set(group.map(\.severity))
            let level = severities.contains(.warning) ? (severities.count > 1 ? "warnings and suggestions" : (group.count == 1 ? "warning" : "warnings"))
                : (group.count == 1 ? "suggestion" : "suggestions")
            rows.append(ImprovingRow(kind: kind.id, label: kind.label, text: "\(kind.count(group.count)) (\(level))",
                                     example: "e.g. \(first.message)"))
        }
        return rows
    }
}
