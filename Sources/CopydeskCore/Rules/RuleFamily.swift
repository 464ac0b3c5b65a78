/// A rule family as a value: its id (usable wherever a rule id is, e.g. `rules: {readability: false}`), its rules
/// in the order `copydesk rules` lists them, and how it puts its report on a file's result. The linter runs each
/// family's enabled rules, then `attach`, then drops the analyses the family made; it names no family.
public struct RuleFamily: Sendable {
    public let id: String
    public let rules: [any Rule.Type]
    /// Called once after the family's last enabled rule, before its analyses are dropped (never when none of
    /// its rules is enabled): readability puts its scores on the result, content warnings their analysis.
    public let attach: @Sendable (RuleContext, Suppressions, inout FileResult) -> Void
    /// The family's section of `.copydesk.yml`, whose settings are declared beside it; nil: none.
    public let settings: (any ConfigurationSection.Type)?

    public init(id: String, rules: [any Rule.Type], settings: (any ConfigurationSection.Type)? = nil,
                attach: @escaping @Sendable (RuleContext, Suppressions, inout FileResult) -> Void = { _, _, _ in }) {
        self.id = id
        self.rules = rules
        self.attach = attach
        self.settings = settings
    }
}
