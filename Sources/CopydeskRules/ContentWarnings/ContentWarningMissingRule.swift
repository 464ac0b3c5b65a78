import CopydeskCore

/// An article with sensitive passages and no content warning.
struct ContentWarningMissingRule: Rule {
    static let description = RuleDescription(
        id: "content_warning.missing",
        name: "Missing content warning",
        description: "Sensitive passages need a content warning that names them, placed before the first one",
        rationale: """
            Readers who have lived through violence, abuse or loss need to know what an article holds before they \
            read it. The note names the subjects and how far the article goes, and it comes before the first \
            sensitive passage: at the top when that passage starts early or runs throughout. A missing warning for \
            a description or graphic passage is an error; for a passing mention, a suggestion \
            (`content_warnings.severity`).
            """,
        severity: .error,
        triggeringExamples: [
            "# Man jailed\n\n↓A man who raped a woman in a park in 2023 has been jailed for nine years.\n",
            """
            # Council news

            The council met on Tuesday to discuss the budget.

            Councillors approved new bins for the high street.

            ↓In a separate item, members heard that a pupil had been sexually abused by a former caretaker.
            """,
        ],
        nonTriggeringExamples: [
            "# Cup final\n\nUnited slaughtered the opposition and beat the holders 4-0 in a killer performance.\n",
            "# Bake sale\n\nBeat the eggs, fold in the flour and bake for twenty minutes. No one was hurt.\n",
            "# Man jailed\n\nContent warning: This article contains mentions of sexual violence.\n\nA man who raped a woman in a park has been jailed.\n",
        ],
        fix: .safe, group: .contentWarning)

    init() {}

    func check(_ context: RuleContext) -> [Finding] {
        let analysis = CWAnalysis.shared(context)
        let report = analysis.report
        guard !report.categories.isEmpty, !report.existing.present,
              let first = analysis.firstSensitiveBlock, let level = report.highestLevel else { return [] }
        let document = context.document
        let severity = analysis.configuration.severity(for: level)
        let place = "\(report.suggestion.placement) (line \(report.suggestion.insertBeforeLine ?? 1))"
        var suggestions = [report.suggestion.markdown]
        if level == .graphic { suggestions.append(report.suggestion.html) }
        return [context.finding(
            Self.description, sourceRange: CWAnalysis.firstLine(of: document.blocks[first], in: document.source),
            message: "Add a content warning \(place) naming \(analysis.names(report.categories.map(\.id))): \"\(report.suggestion.text)\"",
            suggestions: suggestions, severity: severity)]
    }
}
