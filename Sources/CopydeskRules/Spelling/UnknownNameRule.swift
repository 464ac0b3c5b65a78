import CopydeskCore

/// A capitalised word the dictionary does not know, that the article's evidence marks as a name.
public struct UnknownNameRule: Rule {
    public static let description = RuleDescription(
        id: "spelling.unknown_name",
        name: "Unknown name",
        description: "Names the dictionary does not know, to check once against a source",
        rationale: """
            News is full of names no dictionary has. Flagging each as an error would bury the real typos, so \
            a capitalised unknown word with evidence of being a name (a run of capitalised words, a title \
            such as Mr or Sen. before it, an earlier full-name mention, repetition) is a suggestion: check it \
            once, then add it to the desk's word list.
            """,
        severity: .suggestion,
        triggeringExamples: [
            "Councillor ↓Glendinning said the plan was sound.\n",
            "The ferry left ↓Dandong at dawn, and ↓Dandong was quiet.\n",
        ],
        nonTriggeringExamples: [
            "Councillor Smith said the plan was sound.\n",
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        context.spellingClassification.items.compactMap { item in
            guard case .name(let evidence) = item.verdict else { return nil }
            let block = context.document.blocks[item.unknown.block]
            return context.finding(
                Self.description, block: block, textRange: item.unknown.token.range,
                message: "Check the name '\(item.unknown.token.text)' against a source (\(evidence))")
        }
    }
}
