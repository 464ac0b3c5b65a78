import CopydeskCore

extension RuleRegistry {
    /// The Readability family, in the order `copydesk rules` lists them.
    static let readabilityRules: [any Rule.Type] = []
}
