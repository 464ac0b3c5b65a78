import CopydeskCore

extension RuleRegistry {
    /// The Spelling family, in the order `copydesk rules` lists them.
    static let spellingRules: [any Rule.Type] = [
        MisspellingRule.self, UnknownNameRule.self, NameVariantRule.self, RepeatedWordRule.self,
    ]
}
