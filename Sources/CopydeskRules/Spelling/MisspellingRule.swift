import CopydeskCore

/// A word the dictionary does not know and that is not a name.
public struct MisspellingRule: Rule {
    public static let description = RuleDescription(
        id: "spelling.misspelling",
        name: "Misspelling",
        description: "Words the hunspell dictionary does not know, with its suggestions",
        rationale: """
            A misspelling costs a newsroom its readers' trust. Words are checked with hunspell and the \
            project's word lists; numbers, URLs, e-mail addresses, handles, paths, code, link text that is a bare domain and short all-caps \
            acronyms are skipped. A capitalised word counts as a misspelling only when nothing suggests it is \
            a name and it is one or two edits from a dictionary word ("Wendesday").
            """,
        severity: .error,
        triggeringExamples: [
            "The council will ↓recieve the report on Tuesday.\n",
            "The meeting is on ↓Wendesday.\n",
            "# COUNCIL ↓APROVES BUDGET\n",
        ],
        nonTriggeringExamples: [
            "The council will receive the report on Tuesday.\n",
            "Senator Glendinning spoke to NATO and the UN at 6pm on 3 May 2024, see https://example.com/a-b.\n",
            "The women’s team won in the 1990s; passengers’ bags were e-mailed to @copydesk and #news.\n",
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        context.spellingClassification.items.compactMap { item in
            guard case .misspelling(let suggestions) = item.verdict else { return nil }
            let block = context.document.blocks[item.unknown.block]
            var finding = context.finding(
                Self.description, block: block, textRange: item.unknown.token.range,
                message: "Check the spelling of '\(item.unknown.token.text)'", suggestions: suggestions)
            finding.words = [SpellingAnalysis.baseName(item.unknown.word)]
            return finding
        }
    }
}
