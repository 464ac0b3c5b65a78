import CopydeskCore

/// `readability.grade_target`: the article's consensus grade is above its target, reported once on its first line.
struct GradeTargetRule: Rule {
    static let description = RuleDescription(
        id: "readability.grade_target", name: "Article above its target grade",
        description: "The article's consensus grade is above readability.target_grade (\(ReadabilityConfiguration.defaultText("target_grade"))) or its audience's target",
        rationale: "WCAG 2 success criterion 3.1.5 asks that text needing more than lower-secondary reading ability "
            + "(about grade 9) have a simpler version. Front matter `audience:` (children, general, specialist) picks "
            + "a target from readability.audiences; above readability.error_grade the finding is an error.",
        severity: .warning, reference: "WCAG 2 SC 3.1.5 Reading Level",
        triggeringExamples: [
            Example("↓Notwithstanding considerable institutional opposition, the administration's comprehensive environmental "
                + "regulations fundamentally transformed manufacturing practices nationwide.\n"),
        ],
        nonTriggeringExamples: [
            "The dog ran home. It was late. Everyone in the house was asleep.\n",
        ],
        documentLevel: true, group: .gradeOverTarget)

    func check(_ context: RuleContext) -> [Finding] {
        let analysis = ReadabilityAnalysis.shared(context)
        let config = context.configuration.readability
        let audience = Readability.audience(context)
        let target = Readability.targetGrade(context)
        let grade = analysis.report.scores.consensusGrade
        guard analysis.report.counts.words > 0, grade > target else { return [] }
        let severity: Severity = config.errorGrade.map { grade > $0 } == true ? .error : Self.description.severity
        let who = audience.map { " for a \($0) audience" } ?? ""
        let firstLine = context.document.source.range(ofLine: 1)
        return [context.finding(
            Self.description, sourceRange: firstLine,
            message: "Bring the reading grade down from \(ReadabilityText.grade(grade)) to "
                + "\(ReadabilityText.grade(target))\(who) or below",
            severity: severity)]
    }
}
