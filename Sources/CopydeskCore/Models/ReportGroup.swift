/// How the HTML report shows a rule's findings: a name, the noun for a count, two letters beside each mark (so
/// colour is never the only cue) and a colour family. Each rule's description names its group; groups are
/// declared beside their family's rules and shown in `rank` order. A rule with no group is shown as `other`.
public struct ReportGroup: Sendable, Hashable {
    public let id: String
    public let name: String
    /// The name for a count: `3 misspellings`.
    public let plural: String
    /// Two letters shown in the text beside the mark.
    public let label: String
    /// The CSS colour family (`--k-…`) of the group's marks.
    public let colour: String
    /// Display order among groups, lowest first.
    public let rank: Int
    /// Marks that start shown even on a crowded page where the groups of suggestions start hidden (content
    /// warnings: a reader's safety is never a quiet suggestion).
    public let alwaysShown: Bool

    public init(id: String, name: String, plural: String, label: String, colour: String? = nil, rank: Int,
                alwaysShown: Bool = false) {
        self.id = id
        self.name = name
        self.plural = plural
        self.label = label
        self.colour = colour ?? id
        self.rank = rank
        self.alwaysShown = alwaysShown
    }

    /// The group of findings whose rule names none; always shown last.
    public static let other = ReportGroup(id: "other", name: "Other", plural: "other findings", label: "OT", rank: .max)

    /// `1 misspelling`, `3 misspellings`.
    public func count(_ n: Int) -> String {
        n == 1 ? "1 \(name.lowercased())" : "\(n) \(plural)"
    }
}

/// The groups of a set of rules, read from their descriptions: every group in display order (`other` last) and
/// each rule's group. Passed to the report, which names no rule.
public struct ReportGroups: Sendable {
    public let all: [ReportGroup]
    private let byRule: [String: ReportGroup]

    public init(_ rules: [RuleDescription]) {
        var byRule: [String: ReportGroup] = [:]
        var seen: Set<ReportGroup> = []
        var groups: [ReportGroup] = []
        for rule in rules {
            guard let group = rule.group else { continue }
            byRule[rule.id] = group
            if seen.insert(group).inserted { groups.append(group) }
        }
        if seen.insert(.other).inserted { groups.append(.other) }
        self.all = groups.sorted { $0.rank < $1.rank }
        self.byRule = byRule
    }

    /// The group a rule's findings are shown in.
    public func of(rule: String) -> ReportGroup {
        byRule[rule] ?? .other
    }
}
