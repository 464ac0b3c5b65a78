import CopydeskCore

/// Sentences whose Flesch–Kincaid grade is at or above a level, at each sentence's own position.
enum SentenceDifficulty {
    static func findings(_ context: RuleContext, _ rule: RuleDescription, veryHard: Bool) -> [Finding] {
        let analysis = ReadabilityAnalysis.shared(context)
        let config = context.configuration.readability
        var findings: [Finding] = []
        // Fragments (headline lines, bylines, captions) are not sentences to split.
        for sentence in analysis.sentences where sentence.counts.words >= config.hardSentenceMinWords && !sentence.fragment {
            let block = context.document.blocks[sentence.block]
            guard block.kind != .heading, analysis.checksStyle(of: sentence, config) else { continue }
            let grade = sentence.grade
            let isVeryHard = grade >= config.veryHardSentenceGrade
            guard veryHard ? isVeryHard : (grade >= config.hardSentenceGrade && !isVeryHard) else { continue }
            let text = ReadabilityText.opening(block.text(in: sentence.range))
            let level = veryHard ? "very hard" : "hard"
            findings.append(context.finding(
                rule, block: block, textRange: sentence.range,
                message: "Simplify or split '\(text)': \(level) to read at grade \(ReadabilityText.grade(grade))"))
        }
        return findings
    }
}

/// `readability.hard_sentence`: a sentence at grade 10 or above (below the very-hard level).
struct HardSentenceRule: Rule {
    static let description = RuleDescription(
        id: "readability.hard_sentence", name: "Hard sentence",
        description: "A sentence needs grade 10 or more to read (Flesch–Kincaid on the sentence alone)",
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
        ])

    func check(_ context: RuleContext) -> [Finding] {
        SentenceDifficulty.findings(context, Self.description, veryHard: false)
    }
}

/// `readability.very_hard_sentence`: a sentence at grade 14 or above.
struct VeryHardSentenceRule: Rule {
    static let description = RuleDescription(
        id: "readability.very_hard_sentence", name: "Very hard sentence",
        description: "A sentence needs grade 14 or more to read (Flesch–Kincaid on the sentence alone)",
        rationale: "A sentence at university level is hard for most adults. Split it, cut clauses, or swap long words "
            + "for short ones. Level: readability.very_hard_sentence_grade.",
        severity: .warning, reference: "WCAG 2 SC 3.1.5 Reading Level",
        triggeringExamples: [
            "↓Notwithstanding considerable institutional opposition, the administration's comprehensive environmental "
                + "regulations, which were promulgated following extensive consultation with industry representatives, "
                + "fundamentally transformed manufacturing practices.\n",
        ],
        nonTriggeringExamples: [
            "The new rules changed how factories work. Firms had a year to comply.\n",
            "> Notwithstanding considerable institutional opposition, the administration's comprehensive environmental "
                + "regulations fundamentally transformed manufacturing practices.\n",
        ])

    func check(_ context: RuleContext) -> [Finding] {
        SentenceDifficulty.findings(context, Self.description, veryHard: true)
    }
}
