import CopydeskCore

extension RuleRegistry {
    /// The Accessibility family, in the order `copydesk rules` lists them.
    static let accessibilityRules: [any Rule.Type] = [
        ImageAltMissingRule.self,
        ImageAltFilenameRule.self,
        ImageAltRedundantPrefixRule.self,
        ImageAltLongRule.self,
        LinkTextVagueRule.self,
        LinkTextURLRule.self,
        LinkTextAmbiguousRule.self,
        LinkNewWindowRule.self,
        HeadingSkippedLevelRule.self,
        HeadingMultipleH1Rule.self,
        HeadingTitleMismatchRule.self,
        HeadingEmptyRule.self,
        HeadingLongRule.self,
        AbbreviationUnexpandedRule.self,
        AllCapsRule.self,
        EmojiAsWordRule.self,
        SensoryInstructionRule.self,
        TableNoHeaderRule.self,
        FakeListRule.self,
        LanguageMissingRule.self,
    ]
}
