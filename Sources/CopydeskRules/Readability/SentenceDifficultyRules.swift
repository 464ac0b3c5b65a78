import CopydeskCore

/// Sentences whose Flesch–Kincaid grade is at or above a level, at each sentence's own position.
enum SentenceDifficulty {
    static func findings(_ context: RuleContext, _ rule: RuleDescription, veryHard: Bool) -> [Finding] {
        let analysis = ReadabilityAnalysis.shared(context)
        // A long sentence is reported once, by the long-sentence rule, with its grade.
        let long = context.settings(for: LongSentenceRule.description.id).enabled
            ? Set(LongSentenceRule.sentences(context).map { $0.block << 32 | $0.range.lowerBound }) : []
        var findings: [Finding] = []
        for sentence in analysis.sentences where !long.contains(sentence.block << 32 | sentence.range.lowerBound) {
            guard let level = level(of: sentence, context), (level == "very hard") == veryHard else { continue }
            let block = context.document.blocks[sentence.block]
            let text = ReadabilityText.opening(block.text(in: sentence.range))
            findings.append(context.finding(
                rule, block: block, textRange: sentence.range,
                message: "Simplify or split '\(text)': \(level) to read at grade \(ReadabilityText.grade(sentence.grade))"))
        }
        return findings
    }

    /// "hard" or "very hard" for a sentence the difficulty rules judge (at least `hard_sentence_min_words` words,
    /// not a fragment, heading or quoted speech), or nil.
    static func level(of sentence: ReadabilitySentence, _ context: RuleContext) -> String? {
        let config = context.configuration.readability
        // Fragments (headline lines, bylines, captions) are not sentences to split; a short sentence's grade says
        // little (a 10-word standfirst is not "hard at grade 11.9").
        guard sentence.counts.words >= config.hardSentenceMinWords, !sentence.fragment,
              context.document.blocks[sentence.block].kind != .heading,
              ReadabilityAnalysis.shared(context).checksStyle(of: sentence, config) else { return nil }
        if sentence.grade >= config.veryHardSentenceGrade { return "very hard" }
        if sentence.grade >= config.hardSentenceGrade { return "hard" }
        return nil
    }
}

/// `readability.hard_sentence`: a sentence at grade 10 or above (below the very-hard level).
struct HardSentenceRule: Rule {
    static let description = RuleDescription(
        id: "readability.hard_sentence", name: "Hard sentence",
        description: "A sentence needs grade \(ReadabilityConfiguration.defaultText("hard_sentence_grade")) or more to read (Flesch–Kincaid on the sentence alone)",
        rationale: "Long sentences built of long words lose readers. Splitting them or choosing shorter words helps "
            + "everyone, and most of all readers with cognitive or learning disabilities or reading in a second language. "
            + "Levels: readability.hard_sentence_grade and very_hard_sentence_grade.",
        severity: .suggestion, reference: "WCAG 2 SC 3.1.5 Reading Level",
        triggeringExamples: [
            "The vote was close. ↓The council approved the budget after a long debate about affordable housing and public transportation on Tuesday.\n",
        ],
        nonTriggeringExamples: [
            "The dog ran home. It was late. Everyone was asleep.\n",
            "Independent economists remain unconvinced.\n",
            "\"The council approved the budget after a long debate about affordable housing and public transportation,\" she said.\n",
        ], group: .hardSentence)

    func check(_ context: RuleContext) -> [Finding] {
        SentenceDifficulty.findings(context, Self.description, veryHard: false)
    }
}

/// `readability.very_hard_sentence`: a sentence at grade 14 or above.
struct VeryHardSentenceRule: Rule {
    static let description = RuleDescription(
        id: "readability.very_hard_sentence", name: "Very hard sentence",
        description: "A sentence needs grade \(ReadabilityConfiguration.defaultText("very_hard_sentence_grade")) or more to read (Flesch–Kincaid on the sentence alone)",
        rationale: "A sentence at university level is hard for most adults. Split it, cut clauses, or swap long words "
            + "for short ones. Level: readability.very_hard_sentence_grade.",
        severity: .warning, reference: "WCAG 2 SC 3.1.5 Reading Level",
        triggeringExamples: [
            Example("↓Notwithstanding considerable institutional opposition, the administration's comprehensive environmental "
                + "regulations, which were promulgated following extensive consultation with industry representatives, "
                + "fundamentally transformed manufacturing practices.\n"),
        ],
        nonTriggeringExamples: [
            "The new rules changed how factories work. Firms had a year to comply.\n",
            Example("> Notwithstanding considerable institutional opposition, the administration's comprehensive environmental "
                + "regulations fundamentally transformed manufacturing practices.\n"),
        ], group: .veryHardSentence)

    func check(_ context: RuleContext) -> [Finding] {
        SentenceDifficulty.findings(context, Self.description, veryHard: true)
    }
}
