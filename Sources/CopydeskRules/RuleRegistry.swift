import CopydeskCore

/// The one list of every rule Copydesk has. `copydesk rules`, configuration checks and tests read it.
public enum RuleRegistry {
    public static let all: [any Rule.Type] = spellingRules + readabilityRules + contentWarningRules + accessibilityRules

    public static func rule(id: String) -> (any Rule.Type)? {
        all.first { $0.description.id == id }
    }

    public static var ids: [String] { all.map { $0.description.id } }

    /// Rule families, usable wherever a rule id is (`spelling` switches off every spelling rule).
    public static var families: [String] { Array(Set(all.map { $0.description.family })).sorted() }
}
