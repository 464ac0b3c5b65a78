import CopydeskCore

extension RuleRegistry {
    /// The Accessibility family, in the order `copydesk rules` lists them.
    static let accessibilityRules: [any Rule.Type] = []
}
