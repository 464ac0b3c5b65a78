import CopydeskCore

/// `readability.long_sentence`: a sentence with more words than `readability.long_sentence_words` (30).
struct LongSentenceRule: Rule {
    static let description = RuleDescription(
        id: "readability.long_sentence", name: "Long sentence",
        description: "A sentence has more words than readability.long_sentence_words (\(ReadabilityConfiguration.defaultText("long_sentence_words")) by default)",
        rationale: "Readers hold a sentence in working memory until its end. Past about 25 to 30 words, "
            + "understanding drops; split the sentence where a new idea starts. A long sentence that is also hard "
            + "or very hard gets this one finding, which says both; quoted speech is the source's words and is skipped.",
        severity: .warning, reference: "WCAG 2 SC 3.1.5 Reading Level",
        triggeringExamples: [
            Example("↓The mayor said on Tuesday that the city would spend more on roads, schools, parks and buses next year, "
                + "and that the money would come from a new tax on hotel rooms that visitors pay when they stay downtown.\n"),
            Example("The council met. ↓It voted on Tuesday to spend more money on the new bridge.\n",
                    configuration: "readability:\n  long_sentence_words: 10"),
        ],
        nonTriggeringExamples: [
            "The mayor said the city would spend more next year. The money will come from a new tax on hotel rooms.\n",
            Example("\"The city will spend more on roads, schools, parks and buses next year, and the money will come from a new "
                + "tax on hotel rooms that visitors pay when they stay downtown,\" the mayor said on Tuesday.\n"),
        ], group: .longSentence)

    func check(_ context: RuleContext) -> [Finding] {
        let limit = context.configuration.readability.longSentenceWords
        return Self.sentences(context).map { sentence in
            let block = context.document.blocks[sentence.block]
            let text = ReadabilityText.opening(block.text(in: sentence.range))
            var message = "Split '\(text)': \(sentence.counts.words) words, more than \(limit)"
            // One finding per sentence: a long sentence that is also hard says so here, not in a second finding.
            if let level = SentenceDifficulty.level(of: sentence, context) {
                message += ", and \(level) to read at grade \(ReadabilityText.grade(sentence.grade))"
            }
            return context.finding(Self.description, block: block, textRange: sentence.range, message: message)
        }
    }

    /// The sentences this rule reports: over the limit, not a heading, not quoted speech (a sentence that is mostly
    /// a direct quote plus its attribution is the source's, not the writer's).
    static func sentences(_ context: RuleContext) -> [ReadabilitySentence] {
        let analysis = ReadabilityAnalysis.shared(context)
        let config = context.configuration.readability
        return analysis.sentences.filter { sentence in
            sentence.counts.words > config.longSentenceWords && context.document.blocks[sentence.block].kind != .heading
                && analysis.checksStyle(of: sentence, config)
        }
    }
}

/// `readability.long_paragraph`: a paragraph with more sentences than `readability.long_paragraph_sentences` (6).
struct LongParagraphRule: Rule {
    static let description = RuleDescription(
        id: "readability.long_paragraph", name: "Long paragraph",
        description: "A paragraph has more sentences than readability.long_paragraph_sentences (\(ReadabilityConfiguration.defaultText("long_paragraph_sentences")) by default)",
        rationale: "Short paragraphs give readers places to rest and to find their way back, on a phone screen above all. "
            + "Break a long paragraph where the subject changes.",
        severity: .suggestion,
        triggeringExamples: [
            "↓One. Two. Three. Four. Five. Six. Seven.\n",
        ],
        nonTriggeringExamples: [
            "One. Two. Three.\n\nFour. Five. Six. Seven.\n",
        ], group: .longParagraph)

    func check(_ context: RuleContext) -> [Finding] {
        let analysis = ReadabilityAnalysis.shared(context)
        let limit = context.configuration.readability.longParagraphSentences
        var findings: [Finding] = []
        for (index, block) in context.document.blocks.enumerated() where block.kind == .paragraph {
            guard let range = analysis.sentencesByBlock[index], range.count > limit else { continue }
            let first = analysis.sentences[range.lowerBound]
            let text = ReadabilityText.opening(block.text(in: first.range), limit: 4)
            findings.append(context.finding(
                Self.description, block: block, textRange: first.range.lowerBound..<block.text.utf8.count,
                message: "Break up the paragraph starting '\(text)': \(range.count) sentences, more than \(limit)"))
        }
        return findings
    }
}
