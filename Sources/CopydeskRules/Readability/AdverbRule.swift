import CopydeskCore

/// `readability.adverb`: an -ly adverb, as a suggestion.
struct AdverbRule: Rule {
    static let description = RuleDescription(
        id: "readability.adverb", name: "Adverb",
        description: "An -ly adverb: a stronger verb or adjective often says it better",
        rationale: "Adverbs often prop up a weak verb (\"ran quickly\" for \"raced\") or add emphasis a reader skips. "
            + "Keep the ones that carry meaning. -ly words that are not adverbs are data: "
            + "Dictionaries/readability/adverb-exceptions.txt.",
        severity: .suggestion,
        triggeringExamples: [
            "The crowd ↓quickly left. Prices rose ↓sharply.\n",
        ],
        nonTriggeringExamples: [
            "The crowd left. The family was friendly. Only one early train ran. Kelly Smith spoke.\n",
            "\"We totally disagree,\" she said.\n",
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let analysis = ReadabilityAnalysis.shared(context)
        let config = context.configuration.readability
        let exceptions = analysis.lexicon.adverbExceptions
        var findings: [Finding] = []
        for sentence in analysis.sentences {
            let block = context.document.blocks[sentence.block]
            guard block.kind != .heading else { continue }
            for word in analysis.words(of: sentence) where word.token.kind == .word && analysis.checksStyle(of: word, config) {
                let lower = word.lower
                guard lower.hasSuffix("ly"), lower.count > 4, !exceptions.contains(lower),
                      word.first || !word.token.isCapitalized else { continue }
                findings.append(context.finding(Self.description, block: block, textRange: word.token.range,
                                                message: "Cut or replace the adverb '\(word.token.text)'"))
            }
        }
        return findings
    }
}
