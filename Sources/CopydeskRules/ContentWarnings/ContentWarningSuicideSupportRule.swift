import CopydeskCore

/// An article about suicide or self-harm without support information.
struct ContentWarningSuicideSupportRule: Rule {
    static let description = RuleDescription(
        id: "content_warning.suicide_support",
        name: "Suicide support information",
        description: "Add support information to articles about suicide or self-harm",
        rationale: """
            Reporting guidelines ask that every article about suicide or self-harm ends with where to get help: \
            a helpline, a text line, a charity. The signs looked for are in \
            `Dictionaries/content-warnings/support.txt`.
            """,
        severity: .suggestion,
        reference: "WHO, Preventing suicide: a resource for media professionals (2023)",
        triggeringExamples: ["# Inquest\n\n↓The inquest heard that the 52-year-old died by suicide in March.\n"],
        nonTriggeringExamples: [
            "# Inquest\n\nThe inquest heard she died by suicide.\n\nIf you are affected, call the Samaritans free on 116 123.\n",
        ], group: .contentWarning)

    init() {}

    func check(_ context: RuleContext) -> [Finding] {
        let analysis = CWAnalysis.shared(context)
        guard let first = analysis.scores.first(where: { $0.levels["suicide_self_harm"] != nil }) else { return [] }
        let document = context.document
        guard !analysis.hasSupport else { return [] }
        return [context.finding(
            Self.description, sourceRange: CWAnalysis.firstLine(of: document.blocks[first.blockIndex], in: document.source),
            message: "Add support information for readers affected by suicide, such as a helpline number")]
    }
}
