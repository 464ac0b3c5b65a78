import CopydeskCore

/// Detail of a suicide method in a passage about suicide.
struct ContentWarningSuicideMethodRule: Rule {
    static let description = RuleDescription(
        id: "content_warning.suicide_method",
        name: "Suicide method",
        description: "Leave out the method of suicide",
        rationale: """
            Detail of how someone died by suicide is linked to imitation; the Samaritans and WHO guidelines ask \
            reporters to leave it out. Method terms are flagged only in paragraphs about suicide.
            """,
        severity: .warning,
        reference: "Samaritans media guidelines for reporting suicide",
        triggeringExamples: ["# Inquest\n\nThe inquest heard that he took his own life and had ↓hanged himself in a barn.\n"],
        nonTriggeringExamples: ["# Inquest\n\nThe inquest heard that he took his own life last spring.\n"], group: .contentWarning)

    init() {}

    func check(_ context: RuleContext) -> [Finding] {
        let analysis = CWAnalysis.shared(context)
        var findings: [Finding] = []
        for score in analysis.scores where score.scores["suicide_self_harm"] != nil {
            let block = context.document.blocks[score.blockIndex]
            for textRange in analysis.matches[score.blockIndex]?.suicideMethods ?? [] {
                let quoted = block.text(in: textRange)
                findings.append(context.finding(
                    Self.description, block: block, textRange: textRange,
                    message: "Leave out the method of suicide: \"\(quoted)\""))
            }
        }
        return findings
    }
}
