import CopydeskCore

/// A word the dictionary does not know and that is not a name.
public struct MisspellingRule: Rule {
    public static let description = RuleDescription(
        id: "spelling.misspelling",
        name: "Misspelling",
        description: "Words the hunspell dictionary does not know, with its suggestions",
        rationale: """
            A misspelling costs a newsroom its readers' trust. Words are checked with hunspell and the \
            project's word lists; numbers, URLs, e-mail addresses, handles, paths, code, link text that is a \
            bare domain and short all-caps acronyms are skipped. A capitalised word is a misspelling when it is \
            a near miss of a common word (one edit, two for words of seven letters or more: "Wendesday", \
            "Goverment"; a third of its length from eight letters when the word starts alike: "Beaurocracy") \
            and the article does not show it is a name (a title before it, a full name, the \
            gazetteer of the world's names). Capitalised neighbours are no such evidence: "The Goverment said", \
            "On Wendesday" and a Title Case headline are checked word by word.
            """,
        severity: .error,
        triggeringExamples: [
            "The council will ↓recieve the report on Tuesday.\n",
            "The meeting is on ↓Wendesday.\n",
            "# COUNCIL ↓APROVES BUDGET\n",
            "The ↓Goverment said on ↓Wendesday that it would act.\n",
            "# ↓Goverment Announces New Budget\n",
            "Officials said ↓Beaurocracy had slowed the plan.\n",
        ],
        nonTriggeringExamples: [
            "The council will receive the report on Tuesday.\n",
            "Pham and Jibril met in Ikeja; Paweł flew from Tychy.\n",
            "Senator Glendinning spoke to NATO and the UN at 6pm on 3 May 2024, see https://example.com/a-b.\n",
            "The women’s team won in the 1990s; passengers’ bags were e-mailed to @copydesk and #news.\n",
        ], group: .misspelling)

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
