/// Readability settings: `readability:` in `.copydesk.yml`.
public struct ReadabilityConfiguration: Sendable, Equatable {
    /// Whether style findings look inside quoted speech and block quotes.
    public enum Quotations: String, Sendable, CaseIterable {
        /// An editor must not restyle what a source said: style rules skip quotations (spelling still runs).
        case skip
        case check
    }

    /// The grade an article should not exceed (a warning above it). Default 9: the lower-secondary level of
    /// WCAG 2 success criterion 3.1.5 (Reading Level).
    public var targetGrade = 9.0
    /// Above this grade `readability.grade_target` is an error; nil: never.
    public var errorGrade: Double?
    /// A sentence at or above this grade is hard (`readability.hard_sentence`).
    public var hardSentenceGrade = 10.0
    /// A sentence at or above this grade is very hard (`readability.very_hard_sentence`).
    public var veryHardSentenceGrade = 14.0
    /// Sentences shorter than this are never hard or very hard: a grade on a handful of words says little
    /// ("Independent economists remain unconvinced." scores grade 24).
    public var hardSentenceMinWords = 12
    /// A sentence with more words is long (`readability.long_sentence`).
    public var longSentenceWords = 30
    /// A paragraph with more sentences is long (`readability.long_paragraph`).
    public var longParagraphSentences = 6
    public var quotations = Quotations.skip
    /// Front matter `audience:` → target grade.
    public var audiences: [String: Double] = ["children": 5, "general": 9, "specialist": 12]
    /// Extra plain-language swap files (`phrase => plain | plainer`), relative to the config file.
    public var plainLanguageLists: [String] = []
    /// Silent reading speed for `reading_time_seconds`; 238 words a minute (Brysbaert 2019, English non-fiction).
    public var wordsPerMinute = 238.0

    public init() {}

    public static let keys = [
        "target_grade", "error_grade", "hard_sentence_grade", "very_hard_sentence_grade", "hard_sentence_min_words", "long_sentence_words",
        "long_paragraph_sentences", "quotations", "audiences", "plain_language_lists", "words_per_minute",
    ]

    /// Reads the section strictly: unknown keys, wrong types and out-of-range values are errors with file and line.
    public init(_ node: ConfigNode) throws(ConfigError) {
        self.init()
        try node.readMapping(Self.keys) { (key, value) throws(ConfigError) in
            switch key {
            case "target_grade": targetGrade = try value.double(in: 0...30)
            case "error_grade": errorGrade = try value.double(in: 0...30)
            case "hard_sentence_grade": hardSentenceGrade = try value.double(in: 0...30)
            case "very_hard_sentence_grade": veryHardSentenceGrade = try value.double(in: 0...30)
            case "hard_sentence_min_words": hardSentenceMinWords = try value.int(in: 1...200)
            case "long_sentence_words": longSentenceWords = try value.int(in: 1...500)
            case "long_paragraph_sentences": longParagraphSentences = try value.int(in: 1...200)
            case "quotations": quotations = try value.oneOf(Quotations.self)
            case "audiences":
                var table: [String: Double] = [:]
                for (name, grade) in try value.entries() { table[name] = try grade.double(in: 0...30) }
                audiences = table
            case "plain_language_lists": plainLanguageLists = try value.strings()
            case "words_per_minute": wordsPerMinute = try value.double(in: 1...2000)
            default: break
            }
        }
        if let errorGrade, errorGrade < targetGrade {
            throw node.error("error_grade (\(errorGrade)) must not be below target_grade (\(targetGrade))")
        }
        if veryHardSentenceGrade < hardSentenceGrade {
            throw node.error("very_hard_sentence_grade must not be below hard_sentence_grade")
        }
    }

    /// The target grade for a front-matter audience, or `targetGrade` when none is given or it is unknown.
    public func target(audience: String?) -> Double {
        guard let audience, let grade = audiences[audience.lowercased()] else { return targetGrade }
        return grade
    }
}
