import CopydeskCore

/// "Committed suicide" and other wording the suicide reporting guidelines ask to avoid.
struct ContentWarningSuicideLanguageRule: Rule {
    static let description = RuleDescription(
        id: "content_warning.suicide_language",
        name: "Suicide language",
        description: "Write \"died by suicide\", not \"committed suicide\"",
        rationale: """
            "Committed" recalls the time when suicide was a crime; "successful" and "failed" frame death as an \
            achievement. The Samaritans and WHO media guidelines ask for "died by suicide" and "suicide attempt". \
            The phrases and their replacements are in `Dictionaries/content-warnings/suicide-language.txt`.
            """,
        severity: .warning,
        reference: "WHO, Preventing suicide: a resource for media professionals (2023)",
        triggeringExamples: ["# Inquest\n\nThe inquest heard that the 52-year-old ↓committed suicide in March.\n"],
        nonTriggeringExamples: ["# Inquest\n\nThe inquest heard that the 52-year-old died by suicide in March.\n"],
        fix: .optIn, group: .contentWarning)

    init() {}

    func check(_ context: RuleContext) -> [Finding] {
        let analysis = CWAnalysis.shared(context)
        var findings: [Finding] = []
        for (index, found) in analysis.matches.sorted(by: { $0.key < $1.key }) {
            let block = context.document.blocks[index]
            for (textRange, replacement) in found.suicideLanguage {
                let source = block.sourceRange(ofText: textRange)
                let written = context.document.source.text(source)
                let fix = Fix(start: source.lowerBound, end: source.upperBound, replacement: replacement)
                findings.append(context.finding(
                    Self.description, sourceRange: source,
                    message: "Write \"\(replacement)\" instead of \"\(written)\"",
                    suggestions: [replacement], fix: fix))
            }
        }
        return findings
    }
}
