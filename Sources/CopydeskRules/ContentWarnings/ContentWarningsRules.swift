import CopydeskCore

extension RuleRegistry {
    /// The ContentWarnings family, in the order `copydesk rules` lists them.
    static let contentWarningRules: [any Rule.Type] = [
        ContentWarningMissingRule.self,
        ContentWarningIncompleteRule.self,
        ContentWarningMisplacedRule.self,
        ContentWarningVagueRule.self,
        ContentWarningHeadlineRule.self,
        ContentWarningSuicideLanguageRule.self,
        ContentWarningSuicideMethodRule.self,
        ContentWarningSuicideSupportRule.self,
    ]
}

extension RuleFamily {
    /// Content warnings: the analysis goes on the result (`FileResult.contentWarnings`) unless the article
    /// switches the family off.
    public static let contentWarning = RuleFamily(
        id: ContentWarnings.familyID, rules: RuleRegistry.contentWarningRules, settings: ContentWarningsConfiguration.self
    ) {
        context, suppressions, result in
        guard !suppressions.disablesFile(ContentWarnings.familyID) else { return }
        result.contentWarnings = ContentWarnings.report(context)
    }
}

extension ReportGroup {
    /// How the report shows every content-warning finding.
    static let contentWarning = ReportGroup(
        id: "sensitive", name: "Content warning", plural: "content-warning issues", label: "CW", rank: 20, alwaysShown: true)
}
