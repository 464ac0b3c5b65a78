import CopydeskCore

/// `readability.passive_voice`: a form of "be" followed by a past participle ("was signed", "is being built").
struct PassiveVoiceRule: Rule {
    static let description = RuleDescription(
        id: "readability.passive_voice", name: "Passive voice",
        description: "A passive whose doer is named (\"was signed by the mayor\"): say who did what",
        rationale: "Passive sentences hide who acted and are longer than active ones. When the article names the doer "
            + "(\"by the mayor\"), the active sentence needs nothing new: \"the mayor signed\". A passive with no doer "
            + "(\"were abducted\", \"was injured\") is often the right choice in news, where the doer is unknown or "
            + "beside the point, and is not flagged unless the rule's option asks for it (rules: "
            + "{readability.passive_voice: {agentless: true}}). States such as \"was tired\" are not flagged "
            + "(Dictionaries/readability/adjectival-participles.txt); irregular participles are data too.",
        severity: .suggestion,
        triggeringExamples: [
            "The treaty ↓was signed by the president in May. The bridge ↓is being rebuilt by the council.\n",
            "The money ↓was quickly spent by the new board.\n",
        ],
        nonTriggeringExamples: [
            "The leaders signed the treaty in May. She was tired. He was interested in the job.\n",
            "\"The decision was made in secret by the board,\" the senator said.\n",
            "Two men were abducted in March and a woman was injured.\n",
        ],
        options: [agentless.option], group: .passiveVoice)

    /// `rules: {readability.passive_voice: {agentless: true}}`.
    static let agentless = RuleFlag("agentless", default: false,
                                    help: "Report passives that name no doer too (\"was injured\"); news often needs them.")

    static let beForms: Set<String> = [
        "am", "is", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't", "weren't",
        "isn\u{2019}t", "aren\u{2019}t", "wasn\u{2019}t", "weren\u{2019}t",
    ]
    /// Words that may stand between "be" and the participle.
    static let between: Set<String> = ["not", "never", "also", "often", "always", "still", "just", "already", "being", "now", "then"]

    func check(_ context: RuleContext) -> [Finding] {
        Self.phrases(context).map { phrase in
            let block = context.document.blocks[phrase.block]
            return context.finding(Self.description, block: block, textRange: phrase.range,
                                   message: "Use active voice instead of '\(block.text(in: phrase.range))'")
        }
    }

    /// The passive phrases of the document (block, text range), worked out once: the adverb rule leaves the
    /// adverbs inside them to this rule's finding ("was quickly spent" is one finding, not two).
    static func phrases(_ context: RuleContext) -> [(block: Int, range: Range<Int>)] {
        context.analysis(Phrases.self) { Phrases(items: findPhrases(context)) }.items
    }

    /// The memo of `phrases(_:)`, keyed by its type.
    struct Phrases { var items: [(block: Int, range: Range<Int>)] }

    private static func findPhrases(_ context: RuleContext) -> [(block: Int, range: Range<Int>)] {
        let analysis = ReadabilityAnalysis.shared(context)
        let config = context.configuration.readability
        let lexicon = analysis.lexicon
        let agentless = Self.agentless.value(in: context.settings(for: description.id))
        var phrases: [(block: Int, range: Range<Int>)] = []
        for sentence in analysis.sentences {
            let block = context.document.blocks[sentence.block]
            let words = analysis.words(of: sentence)
            var i = 0
            while i < words.count {
                defer { i += 1 }
                guard beForms.contains(words[i].lower), analysis.checksStyle(of: words[i], config) else { continue }
                var j = i + 1
                while j < words.count, j - i <= 3, joined(block, words[j - 1], words[j]),
                      between.contains(words[j].lower) || isAdverb(words[j].lower, lexicon) {
                    j += 1
                }
                guard j < words.count, joined(block, words[j - 1], words[j]),
                      isParticiple(words[j].lower, lexicon) else { continue }
                // The doer named within a few words ("exploited by crime rings", "signed in May by the mayor").
                guard agentless || words[(j + 1)..<min(words.count, j + 5)].contains(where: { $0.lower == "by" }) else { continue }
                phrases.append((sentence.block, words[i].token.range.lowerBound..<words[j].token.range.upperBound))
                i = j
            }
        }
        return phrases
    }

    /// Only white space between two words (no comma, no dash).
    static func joined(_ block: Block, _ a: ReadabilityWord, _ b: ReadabilityWord) -> Bool {
        block.text(in: a.token.range.upperBound..<b.token.range.lowerBound)
            .unicodeScalars.allSatisfy { $0.isSpaceLike }
    }

    private static func isAdverb(_ lower: String, _ lexicon: ReadabilityLexicon) -> Bool {
        lower.hasSuffix("ly") && lower.count > 4 && !lexicon.adverbExceptions.contains(lower)
    }

    private static func isParticiple(_ lower: String, _ lexicon: ReadabilityLexicon) -> Bool {
        if lexicon.adjectivalParticiples.contains(lower) { return false }
        if lexicon.participles.contains(lower) { return true }
        return lower.count >= 5 && lower.hasSuffix("ed") && lower.unicodeScalars.allSatisfy { $0.isLetterLike }
    }
}
