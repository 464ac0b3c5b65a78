import CopydeskCore

/// A content warning that comes after the first sensitive passage.
struct ContentWarningMisplacedRule: Rule {
    static let description = RuleDescription(
        id: "content_warning.misplaced",
        name: "Misplaced content warning",
        description: "A content warning must come before the first sensitive passage",
        rationale: """
            A note after the passage it warns about comes too late: the reader has already read it. Move the note \
            to the top, or immediately before the first sensitive passage.
            """,
        severity: .warning,
        triggeringExamples: [
            """
            # Attack in the park

            A woman was stabbed to death in a park on Friday night, police said.

            ↓Content warning: This article contains descriptions of violence and death.

            Officers said the man who killed her was arrested at the scene.
            """,
        ],
        nonTriggeringExamples: [
            """
            # Attack in the park

            Content warning: This article contains descriptions of violence and death.

            A woman was stabbed to death in a park on Friday night, police said.
            """,
        ], group: .contentWarning)

    init() {}

    func check(_ context: RuleContext) -> [Finding] {
        let analysis = CWAnalysis.shared(context)
        guard analysis.report.existing.problems.contains(.afterSensitivePassage),
              let range = analysis.existingRange(context.document) else { return [] }
        let suggestion = analysis.report.suggestion
        let target = "\(suggestion.placement.hasPrefix("at the top") ? "to" : "") \(suggestion.placement) (line \(suggestion.insertBeforeLine ?? 1))"
            .trimmingCharacters(in: .whitespaces)
        let severity = analysis.configuration.inadequateSeverity(for: analysis.report.highestLevel, fallback: Self.description.severity)
        return [context.finding(
            Self.description, sourceRange: range,
            message: "Move the content warning \(target), before the first sensitive passage", severity: severity)]
    }
}
