/// Readability settings: `readability:` in `.copydesk.yml`.
public struct ReadabilityConfiguration: ConfigurationSection, Sendable, Equatable {
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

    public static let key = "readability"

    public static var settings: [Setting<ReadabilityConfiguration>] {
        [
            .number("target_grade", \.targetGrade, in: 0...30,
                    help: "The grade an article should not exceed (readability.grade_target warns above it)."),
            .number("error_grade", \.errorGrade, in: 0...30,
                    help: "Above this grade readability.grade_target is an error; unset: never.", example: "12"),
            .number("hard_sentence_grade", \.hardSentenceGrade, in: 0...30,
                    help: "A sentence at or above this grade is hard (readability.hard_sentence)."),
            .number("very_hard_sentence_grade", \.veryHardSentenceGrade, in: 0...30,
                    help: "A sentence at or above this grade is very hard (readability.very_hard_sentence)."),
            .count("hard_sentence_min_words", \.hardSentenceMinWords, in: 1...200,
                   help: "Sentences shorter than this are never hard: a grade on a handful of words says little."),
            .count("long_sentence_words", \.longSentenceWords, in: 1...500,
                   help: "A sentence with more words is long (readability.long_sentence)."),
            .count("long_paragraph_sentences", \.longParagraphSentences, in: 1...200,
                   help: "A paragraph with more sentences is long (readability.long_paragraph)."),
            .choice("quotations", \.quotations,
                    help: "skip: style rules leave quoted speech and block quotes alone (spelling still runs)."),
            Setting("audiences", accepts: "a table of names and grades (0 to 30)",
                    help: "Front matter 'audience:' picks its target grade.",
                    read: { (section, value) throws(ConfigError) in
                        var table: [String: Double] = [:]
                        for (name, grade) in try value.entries() { table[name] = try grade.double(in: 0...30) }
                        section.audiences = table
                    },
                    write: { section in YAMLValue.table(section.audiences, YAMLValue.number) }),
            .list("plain_language_lists", \.plainLanguageLists,
                  help: "Extra plain-language swap files ('phrase => plain | plainer' lines), relative to this file."),
            .number("words_per_minute", \.wordsPerMinute, in: 1...2000,
                    help: "Silent reading speed for the reading time (238: Brysbaert 2019, English non-fiction)."),
        ]
    }

    public func check(_ node: ConfigNode) throws(ConfigError) {
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
