import CopydeskCore

/// Warning wording in the headline.
struct ContentWarningHeadlineRule: Rule {
    static let description = RuleDescription(
        id: "content_warning.headline",
        name: "Warning in the headline",
        description: "Keep warning wording out of the headline; put the note after headline and standfirst",
        rationale: """
            Suicide reporting guidelines (Samaritans, WHO) ask that headlines stay plain: a "trigger warning" in \
            the headline sensationalises the story and is repeated by search results and social cards. The note \
            belongs after the headline and standfirst.
            """,
        severity: .warning,
        triggeringExamples: [
            "# ↓Trigger warning: teenager's death prompts review\n\nThe school is reviewing its support.\n",
            "---\ntitle: \"↓Trigger warning: teenager's death prompts review\"\n---\n\nThe school is reviewing its support.\n",
        ],
        nonTriggeringExamples: ["# Teenager's death prompts review\n\nThe school is reviewing its support.\n"], group: .contentWarning)

    init() {}

    func check(_ context: RuleContext) -> [Finding] {
        let analysis = CWAnalysis.shared(context)
        let document = context.document
        guard let index = CWAnalysis.headlineIndex(document),
              let textRange = analysis.matches[index]?.headlineWarning else { return [] }
        let block = document.blocks[index]
        let quoted = block.text(in: textRange)
        return [context.finding(Self.description, block: block, textRange: textRange,
                                message: "Move \"\(quoted)\" out of the headline into a note after the standfirst")]
    }
}
