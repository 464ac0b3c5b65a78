import CopydeskCore

/// `readability.adverb`: an -ly adverb, as a suggestion.
struct AdverbRule: Rule {
    static let description = RuleDescription(
        id: "readability.adverb", name: "Adverb",
        description: "An -ly adverb: a stronger verb or adjective often says it better",
        rationale: "Adverbs often prop up a weak verb (\"ran quickly\" for \"raced\") or add emphasis a reader skips. "
            + "Adverbs that carry information are not flagged (allegedly, formerly, nearly 50, directly from): "
            + "Dictionaries/readability/informative-adverbs.txt; -ly words that are not adverbs: "
            + "Dictionaries/readability/adverb-exceptions.txt. An adverb inside a passive phrase or a plain-language "
            + "swap is left to that finding.",
        severity: .suggestion,
        triggeringExamples: [
            "The crowd ↓quickly left. Prices rose ↓sharply.\n",
        ],
        nonTriggeringExamples: [
            "The crowd left. The family was friendly. Only one early train ran. Kelly Smith spoke.\n",
            "\"We totally disagree,\" she said.\n",
            "Nearly 50 people, formerly residents, were allegedly moved directly from the camp.\n",
            "The money was quickly spent by the board. Officials will approximately double it.\n",
        ], group: .adverb)

    func check(_ context: RuleContext) -> [Finding] {
        let analysis = ReadabilityAnalysis.shared(context)
        let config = context.configuration.readability
        let lexicon = analysis.lexicon
        // One finding per span: an adverb inside a passive phrase or a plain-language swap is left to that finding.
        var covered: [Int: [Range<Int>]] = [:]
        if context.settings(for: PassiveVoiceRule.description.id).enabled {
            for phrase in PassiveVoiceRule.phrases(context) { covered[phrase.block, default: []].append(phrase.range) }
        }
        if context.settings(for: PlainLanguageRule.description.id).enabled {
            for swap in PlainLanguageRule.swaps(context) { covered[swap.block, default: []].append(swap.range) }
        }
        var findings: [Finding] = []
        for sentence in analysis.sentences {
            let block = context.document.blocks[sentence.block]
            guard block.kind != .heading else { continue }
            let words = analysis.words(of: sentence)
            for (index, word) in words.enumerated() where word.token.kind == .word && analysis.checksStyle(of: word, config) {
                let lower = word.lower
                guard lower.hasSuffix("ly"), lower.count > 4, !lexicon.adverbExceptions.contains(lower),
                      word.first || !word.token.isCapitalized, !lexicon.isInformative(words, index),
                      !(covered[sentence.block] ?? []).contains(where: { $0.contains(word.token.range.lowerBound) }) else { continue }
                findings.append(context.finding(Self.description, block: block, textRange: word.token.range,
                                                message: "Cut or replace the adverb '\(word.token.text)'"))
            }
        }
        return findings
    }
}
