import CopydeskCore

/// The one list of every rule family, and through them every rule. `copydesk rules`, configuration checks and
/// tests read it. A new family is one folder and one line here.
public enum RuleRegistry {
    public static let families: [RuleFamily] = [.spelling, .readability, .contentWarning, .accessibility, .switches]

    public static let all: [any Rule.Type] = families.flatMap(\.rules)

    public static func rule(id: String) -> (any Rule.Type)? {
        all.first { $0.description.id == id }
    }

    public static var ids: [String] { all.map { $0.description.id } }

    /// Family ids, usable wherever a rule id is (`spelling` switches off every spelling rule), sorted.
    public static var familyIDs: [String] { families.map(\.id).sorted() }

    public static func family(id: String) -> RuleFamily? {
        families.first { $0.id == id }
    }
}

extension RuleRegistry {
    /// How the HTML report groups every rule's findings, from the rules' descriptions.
    public static let reportGroups = ReportGroups(all.map { $0.description })
}
