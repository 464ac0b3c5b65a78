import CopydeskCore

extension RuleRegistry {
    /// The ContentWarnings family, in the order `copydesk rules` lists them.
    static let contentWarningRules: [any Rule.Type] = []
}
