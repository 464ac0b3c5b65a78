import CopydeskCore

/// `readability.passive_voice`: a form of "be" followed by a past participle ("was signed", "is being built").
struct PassiveVoiceRule: Rule {
    static let description = RuleDescription(
        id: "readability.passive_voice", name: "Passive voice",
        description: "A form of \"be\" followed by a past participle: say who did what",
        rationale: "Passive sentences hide who acted and are longer than active ones. Sometimes the actor is unknown "
            + "or beside the point, so this is a suggestion. States such as \"was tired\" are not flagged "
            + "(Dictionaries/readability/adjectival-participles.txt); irregular participles are data too.",
        severity: .suggestion,
        triggeringExamples: [
            "The treaty ↓was signed in May. The bridge ↓is being rebuilt. The money ↓was quickly spent.\n",
        ],
        nonTriggeringExamples: [
            "The leaders signed the treaty in May. She was tired. He was interested in the job.\n",
            "\"The decision was made in secret,\" the senator said.\n",
        ])

    static let beForms: Set<String> = [
        "am", "is", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't", "weren't",
        "isn\u{2019}t", "aren\u{2019}t", "wasn\u{2019}t", "weren\u{2019}t",
    ]
    /// Words that may stand between "be" and the participle.
    static let between: Set<String> = ["not", "never", "also", "often", "always", "still", "just", "already", "being", "now", "then"]

    func check(_ context: RuleContext) -> [Finding] {
        let analysis = ReadabilityAnalysis.shared(context)
        let config = context.configuration.readability
        let lexicon = analysis.lexicon
        var findings: [Finding] = []
        for sentence in analysis.sentences {
            let block = context.document.blocks[sentence.block]
            let words = analysis.words(of: sentence)
            var i = 0
            while i < words.count {
                defer { i += 1 }
                guard Self.beForms.contains(words[i].lower), analysis.checksStyle(of: words[i], config) else { continue }
                var j = i + 1
                while j < words.count, j - i <= 3, Self.joined(block, words[j - 1], words[j]),
                      Self.between.contains(words[j].lower) || isAdverb(words[j].lower, lexicon) {
                    j += 1
                }
                guard j < words.count, Self.joined(block, words[j - 1], words[j]),
                      isParticiple(words[j].lower, lexicon) else { continue }
                let range = words[i].token.range.lowerBound..<words[j].token.range.upperBound
                let phrase = block.text(in: range)
                findings.append(context.finding(Self.description, block: block, textRange: range,
                                                message: "Use active voice instead of '\(phrase)'"))
                i = j
            }
        }
        return findings
    }

    /// Only white space between two words (no comma, no dash).
    static func joined(_ block: Block, _ a: ReadabilityWord, _ b: ReadabilityWord) -> Bool {
        block.text(in: a.token.range.upperBound..<b.token.range.lowerBound)
            .unicodeScalars.allSatisfy { $0.isSpaceLike }
    }

    private func isAdverb(_ lower: String, _ lexicon: ReadabilityLexicon) -> Bool {
        lower.hasSuffix("ly") && lower.count > 4 && !lexicon.adverbExceptions.contains(lower)
    }

    private func isParticiple(_ lower: String, _ lexicon: ReadabilityLexicon) -> Bool {
        if lexicon.adjectivalParticiples.contains(lower) { return false }
        if lexicon.participles.contains(lower) { return true }
        return lower.count >= 5 && lower.hasSuffix("ed") && lower.unicodeScalars.allSatisfy { $0.isLetterLike }
    }
}
