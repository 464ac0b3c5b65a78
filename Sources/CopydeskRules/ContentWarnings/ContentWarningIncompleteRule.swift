import CopydeskCore

/// A content warning that leaves out subjects the article covers.
struct ContentWarningIncompleteRule: Rule {
    static let description = RuleDescription(
        id: "content_warning.incomplete",
        name: "Incomplete content warning",
        description: "A content warning must name every sensitive subject the article covers",
        rationale: """
            A warning that names one subject and not another misleads the readers who rely on it. Name every \
            category found; a missing description or graphic subject is an error, a missing mention a suggestion.
            """,
        severity: .error,
        triggeringExamples: [
            """
            # Trafficking ring

            ↓Content warning: This article contains descriptions of human trafficking.

            Traffickers sold the women to brothels, where they were raped and sexually abused for months.
            """,
        ],
        nonTriggeringExamples: [
            """
            # Trafficking ring

            Content warning: This article contains descriptions of human trafficking and sexual violence.

            Traffickers sold the women to brothels, where they were raped and sexually abused for months.
            """,
        ], group: .contentWarning)

    init() {}

    func check(_ context: RuleContext) -> [Finding] {
        let analysis = CWAnalysis.shared(context)
        let existing = analysis.report.existing
        guard existing.present, existing.problems.contains(.missingCategories), !existing.problems.contains(.vague),
              let range = analysis.existingRange(context.document) else { return [] }
        let missing = analysis.report.categories.map(\.id).filter { !existing.categories.contains($0) }
        let severity = analysis.configuration.severity(for: analysis.highestLevel(of: Set(missing)))
        return [context.finding(
            Self.description, sourceRange: range,
            message: "Name \(analysis.names(missing)) in the content warning: \"\(analysis.report.suggestion.text)\"",
            suggestions: [analysis.report.suggestion.text], severity: severity)]
    }
}
