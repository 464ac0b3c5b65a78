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

extension RuleFamily {
    /// Accessibility: images, links, headings, structure and text.
    public static let accessibility = RuleFamily(id: "accessibility", rules: RuleRegistry.accessibilityRules,
                                                 settings: AccessibilityConfiguration.self)
}

extension ReportGroup {
    /// How the report shows every accessibility finding.
    static let accessibility = ReportGroup(
        id: "access", name: "Accessibility", plural: "accessibility issues", label: "AX", rank: 30)
}
