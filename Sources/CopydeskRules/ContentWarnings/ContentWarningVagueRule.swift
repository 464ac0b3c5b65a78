import CopydeskCore

/// A content warning that does not say what the article contains.
struct ContentWarningVagueRule: Rule {
    static let description = RuleDescription(
        id: "content_warning.vague",
        name: "Vague content warning",
        description: "A content warning must name its subjects instead of saying the article may upset",
        rationale: """
            "Some readers may find this upsetting" does not let a reader decide whether to read on. Name the \
            subjects and how far the article goes: "This article contains descriptions of domestic abuse."
            """,
        severity: .warning,
        triggeringExamples: [
            """
            # Court case

            ↓Warning: this article contains details some readers may find upsetting.

            The court heard he beat his wife and subjected her to years of domestic abuse and coercive control.
            """,
        ],
        nonTriggeringExamples: [
            """
            # Court case

            Content warning: This article contains descriptions of domestic abuse.

            The court heard he beat his wife and subjected her to years of domestic abuse and coercive control.
            """,
        ], group: .contentWarning)

    init() {}

    func check(_ context: RuleContext) -> [Finding] {
        let analysis = CWAnalysis.shared(context)
        guard analysis.report.existing.problems.contains(.vague),
              let range = analysis.existingRange(context.document) else { return [] }
        let text = analysis.existing.first?.text ?? ""
        let phrase = CWExistingWarning.vaguePhrase(in: text, lexicon: analysis.lexicon).map { "\"\($0)\"" } ?? "the warning"
        let better = analysis.report.suggestion.text
        let message = better.isEmpty
            ? "Name the subjects the article covers instead of \(phrase)"
            : "Name the subjects instead of \(phrase): \"\(better)\""
        let severity = analysis.configuration.inadequateSeverity(for: analysis.report.highestLevel, fallback: Self.description.severity)
        return [context.finding(Self.description, sourceRange: range, message: message,
                                suggestions: better.isEmpty ? [] : [better], severity: severity)]
    }
}
