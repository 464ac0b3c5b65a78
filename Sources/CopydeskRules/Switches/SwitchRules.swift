import CopydeskCore

extension RuleRegistry {
    /// The Switch family: checks of the article's own in-text switches.
    static let switchRules: [any Rule.Type] = [InvalidSwitchRule.self]
}

extension RuleFamily {
    /// In-text switches (`<!-- copydesk-disable ... -->`, front matter `copydesk.disable`) that switch nothing off.
    public static let switches = RuleFamily(id: "switch", rules: RuleRegistry.switchRules)
}

extension ReportGroup {
    /// How the report shows a switch that switches nothing off.
    static let invalidSwitch = ReportGroup(
        id: "switch", name: "Invalid switch", plural: "invalid switches", label: "SW", colour: "other", rank: 130)
}
