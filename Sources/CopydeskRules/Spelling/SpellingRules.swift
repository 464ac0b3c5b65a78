import CopydeskCore

extension RuleRegistry {
    /// The Spelling family, in the order `copydesk rules` lists them.
    static let spellingRules: [any Rule.Type] = [
        MisspellingRule.self, UnknownNameRule.self, NameVariantRule.self, RepeatedWordRule.self,
    ]
}

extension RuleFamily {
    /// Spelling: misspellings, names, repeated words. Nothing on the result besides its findings.
    public static let spelling = RuleFamily(id: "spelling", rules: RuleRegistry.spellingRules)
}
