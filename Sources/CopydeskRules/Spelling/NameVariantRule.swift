import CopydeskCore

/// The same name spelled two ways in one article.
public struct NameVariantRule: Rule {
    public static let description = RuleDescription(
        id: "spelling.name_variant",
        name: "Name spelled two ways",
        description: "Two unknown names within one or two edits of each other, such as Glendinning and Glendining",
        rationale: """
            A spell checker cannot tell whether a name is right, but it can see that an article spells it two \
            ways. The rarer spelling (on a tie, the later one) is reported with the other.
            """,
        severity: .warning,
        triggeringExamples: [
            "Councillor Glendinning spoke first. Later, Mr ↓Glendining left.\n",
        ],
        nonTriggeringExamples: [
            "Councillor Glendinning spoke first. Later, Mr Glendinning left.\n",
        ], group: .nameToCheck)

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        context.spellingClassification.items.compactMap { item in
            guard case .variant(let other, let count) = item.verdict else { return nil }
            let block = context.document.blocks[item.unknown.block]
            let times = count == 1 ? "once" : "\(count) times"
            var finding = context.finding(
                Self.description, block: block, textRange: item.unknown.token.range,
                message: "Spell '\(item.unknown.token.text)' one way: the article also has '\(other)' (\(times))",
                suggestions: [other])
            finding.words = [SpellingAnalysis.baseName(item.unknown.word)]
            return finding
        }
    }
}
