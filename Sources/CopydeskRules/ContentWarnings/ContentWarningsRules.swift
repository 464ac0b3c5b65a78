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
