import CopydeskCore

extension RuleRegistry {
    /// The Spelling family, in the order `copydesk rules` lists them.
    static let spellingRules: [any Rule.Type] = [
        MisspellingRule.self, UnknownNameRule.self, NameVariantRule.self, RepeatedWordRule.self,
    ]
}

extension RuleFamily {
    /// Spelling: misspellings, names, repeated words. Nothing on the result besides its findings.
    public static let spelling = RuleFamily(id: "spelling", rules: RuleRegistry.spellingRules, settings: SpellingConfiguration.self)
}

extension ReportGroup {
    /// How the report shows spelling findings. Ranks order groups across families (lowest first).
    static let misspelling = ReportGroup(id: "spelling", name: "Misspelling", plural: "misspellings", label: "SP", rank: 0)
    static let repeatedWord = ReportGroup(
        id: "repeat", name: "Repeated word", plural: "repeated words", label: "RW", colour: "spelling", rank: 10)
    static let nameToCheck = ReportGroup(id: "name", name: "Name to check", plural: "names to check", label: "NM", rank: 120)
}
