import CopydeskCore

/// `readability.plain_language`: a word or phrase with a plainer alternative ("utilize" → "use").
struct PlainLanguageRule: Rule {
    static let description = RuleDescription(
        id: "readability.plain_language", name: "Plain language",
        description: "A word or phrase has a plainer alternative",
        rationale: "Plain words are read faster and understood by more people. The swaps are data "
            + "(Dictionaries/readability/plain-language.txt, `phrase => plain | plainer`); add your own with "
            + "readability.plain_language_lists.",
        severity: .suggestion,
        triggeringExamples: [
            Example("Officials will ↓utilize the funds ↓in order to ↓commence work.\n",
                    corrected: "Officials will use the funds to begin work.\n"),
        ],
        nonTriggeringExamples: [
            "Officials will use the funds to begin work.\n",
            "\"We will utilize every tool,\" the chief said.\n",
        ],
        fix: .optIn, group: .plainLanguage)

    func check(_ context: RuleContext) -> [Finding] {
        Self.swaps(context).map { swap in
            let block = context.document.blocks[swap.block]
            let phrase = block.text(in: swap.range)
            guard !swap.alternatives.isEmpty else {
                // No swap keeps the sentence grammatical here ("was accompanied by"): advice, with nothing to apply.
                let plain = swap.plain.map { "'\($0)'" }.joined(separator: " or ")
                return context.finding(
                    Self.description, block: block, textRange: swap.range,
                    message: "Consider plainer wording than '\(phrase)': \(plain) does not fit \(swap.auxiliary == "by" ? "before" : "after") '\(swap.auxiliary)', so the sentence needs rewording",
                    suggestions: [], fix: nil)
            }
            let alternatives = swap.alternatives.map { Self.matchCase($0, like: phrase) }
            let source = block.sourceRange(ofText: swap.range)
            let quoted = alternatives.map { "'\($0)'" }.joined(separator: " or ")
            return context.finding(
                Self.description, block: block, textRange: swap.range,
                message: "Use \(quoted) instead of '\(phrase)'", suggestions: alternatives,
                fix: Fix(start: source.lowerBound, end: source.upperBound, replacement: alternatives[0]))
        }
    }

    /// One phrase with a plainer swap: where it is, the swaps that fit its place (empty: none does, after
    /// `auxiliary`), and the phrase's plain swaps in general (for the advice).
    struct Swap {
        var block: Int
        var range: Range<Int>
        var alternatives: [String]
        var plain: [String]
        var auxiliary: String
    }

    /// The phrases with a plainer swap, worked out once: the adverb rule leaves "approximately" to this rule's swap.
    static func swaps(_ context: RuleContext) -> [Swap] {
        context.analysis(Swaps.self) { Swaps(items: findSwaps(context)) }.items
    }

    /// The memo of `swaps(_:)`, keyed by its type.
    struct Swaps { var items: [Swap] }

    private static func findSwaps(_ context: RuleContext) -> [Swap] {
        let analysis = ReadabilityAnalysis.shared(context)
        let config = context.configuration.readability
        let swaps = analysis.lexicon.plainLanguage
        var found: [Swap] = []
        for sentence in analysis.sentences {
            let block = context.document.blocks[sentence.block]
            let words = analysis.words(of: sentence)
            var i = 0
            while i < words.count {
                guard analysis.lexicon.plainLanguageFirstWords.mayContain(words[i].lower),
                      analysis.checksStyle(of: words[i], config), let candidates = swaps[words[i].lower],
                      let swap = candidates.first(where: { matches($0.words, words, i, block) }) else {
                    i += 1
                    continue
                }
                let end = i + swap.words.count - 1
                let place = ReadabilityLexicon.Auxiliary.around(words, i, end: end)
                found.append(Swap(block: sentence.block, range: words[i].token.range.lowerBound..<words[end].token.range.upperBound,
                                  alternatives: swap.alternatives(after: place?.auxiliary), plain: swap.alternatives,
                                  auxiliary: place?.word ?? ""))
                i = end + 1
            }
        }
        return found
    }

    private static func matches(_ phrase: [String], _ words: [ReadabilityWord], _ i: Int, _ block: Block) -> Bool {
        guard i + phrase.count <= words.count else { return false }
        for k in 0..<phrase.count {
            if words[i + k].lower != phrase[k] { return false }
            if k > 0, !PassiveVoiceRule.joined(block, words[i + k - 1], words[i + k]) { return false }
        }
        return true
    }

    /// "Use" for "Utilize" at the start of a sentence.
    static func matchCase(_ replacement: String, like original: String) -> String {
        guard let first = original.unicodeScalars.first, first.isUppercaseLetter else { return replacement }
        return replacement.prefix(1).uppercased() + replacement.dropFirst()
    }
}
