/// The counts every readability formula is computed from. See `docs/readability.md` for how each is counted.
public struct ReadabilityCounts: Codable, Sendable, Equatable {
    public var sentences = 0
    public var words = 0
    public var syllables = 0
    /// Letters and digits in counted words (Coleman–Liau, ARI).
    public var characters = 0
    /// Words of three or more syllables (SMOG, Linsear Write).
    public var complexWords = 0
    /// Complex words by Gunning's rules (Gunning fog): not proper names, not compounds of shorter words, not
    /// three syllables only by -ed, -es or -ing.
    public var fogComplexWords = 0
    /// Words of more than six letters (LIX, RIX).
    public var longWords = 0
    /// Words not on the familiar-word list (Dale–Chall).
    public var difficultWords = 0

    public init() {}

    enum CodingKeys: String, CodingKey {
        case sentences, words, syllables, characters, complexWords = "complex_words",
             fogComplexWords = "fog_complex_words", longWords = "long_words",
             difficultWords = "difficult_words"
    }

    public static func + (a: ReadabilityCounts, b: ReadabilityCounts) -> ReadabilityCounts {
        var c = a
        c.sentences += b.sentences
        c.words += b.words
        c.syllables += b.syllables
        c.characters += b.characters
        c.complexWords += b.complexWords
        c.fogComplexWords += b.fogComplexWords
        c.longWords += b.longWords
        c.difficultWords += b.difficultWords
        return c
    }
}

/// Scores of the standard formulas, each rounded to two decimals. Zero when there are no words or sentences.
public struct ReadabilityScores: Codable, Sendable, Equatable {
    public var fleschReadingEase = 0.0
    public var fleschKincaidGrade = 0.0
    public var gunningFog = 0.0
    public var smog = 0.0
    public var colemanLiau = 0.0
    public var automatedReadabilityIndex = 0.0
    public var daleChall = 0.0
    public var linsearWrite = 0.0
    public var lix = 0.0
    public var rix = 0.0
    /// The median of the grade-level formulas (Flesch–Kincaid, fog, SMOG, Coleman–Liau, ARI, Linsear Write).
    public var consensusGrade = 0.0

    public init() {}

    /// Keys from `ReadabilityFormula.all`, the one table of score names.
    struct FormulaKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: FormulaKey.self)
        for formula in ReadabilityFormula.all {
            self[keyPath: formula.score] = try c.decode(Double.self, forKey: FormulaKey(stringValue: formula.id))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: FormulaKey.self)
        for formula in ReadabilityFormula.all {
            try c.encode(self[keyPath: formula.score], forKey: FormulaKey(stringValue: formula.id))
        }
    }
}

/// Counts and scores of one part of an article: a section (by heading) or a paragraph.
public struct ReadabilityPart: Codable, Sendable, Equatable {
    /// The section's heading text; nil for the part before the first heading and for paragraphs.
    public var heading: String?
    /// 1-based source line where the part starts.
    public var line: Int
    public var counts: ReadabilityCounts
    public var scores: ReadabilityScores

    public init(heading: String? = nil, line: Int, counts: ReadabilityCounts, scores: ReadabilityScores) {
        self.heading = heading
        self.line = line
        self.counts = counts
        self.scores = scores
    }

    enum CodingKeys: String, CodingKey { case heading, line, scores }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        heading = try c.decodeIfPresent(String.self, forKey: .heading)
        line = try c.decode(Int.self, forKey: .line)
        scores = try c.decode(ReadabilityScores.self, forKey: .scores)
        counts = try ReadabilityCounts(from: decoder)
    }

    public func encode(to encoder: Encoder) throws {
        try counts.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(heading, forKey: .heading)
        try c.encode(line, forKey: .line)
        try c.encode(scores, forKey: .scores)
    }
}

/// Readability of one file: counts, scores, reading time, and the same per section and per paragraph.
/// Encoded with snake_case keys, counts flattened beside `scores` (`docs/readability.md`).
public struct ReadabilityReport: Codable, Sendable, Equatable {
    public var counts: ReadabilityCounts
    public var scores: ReadabilityScores
    public var readingTimeSeconds: Double
    public var sections: [ReadabilityPart]
    public var paragraphs: [ReadabilityPart]
    /// The grade this article is held to (its audience's, else `readability.target_grade`), as the grade-target
    /// rule picked it; nil when not known. Not part of the JSON format (version 1), so it is not encoded.
    public var targetGrade: Double?

    public init(counts: ReadabilityCounts, scores: ReadabilityScores, readingTimeSeconds: Double,
                sections: [ReadabilityPart], paragraphs: [ReadabilityPart]) {
        self.counts = counts
        self.scores = scores
        self.readingTimeSeconds = readingTimeSeconds
        self.sections = sections
        self.paragraphs = paragraphs
    }

    enum CodingKeys: String, CodingKey {
        case scores, readingTimeSeconds = "reading_time_seconds", sections, paragraphs
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        scores = try c.decode(ReadabilityScores.self, forKey: .scores)
        readingTimeSeconds = try c.decode(Double.self, forKey: .readingTimeSeconds)
        sections = try c.decode([ReadabilityPart].self, forKey: .sections)
        paragraphs = try c.decode([ReadabilityPart].self, forKey: .paragraphs)
        counts = try ReadabilityCounts(from: decoder)
    }

    public func encode(to encoder: Encoder) throws {
        try counts.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(scores, forKey: .scores)
        try c.encode(readingTimeSeconds, forKey: .readingTimeSeconds)
        try c.encode(sections, forKey: .sections)
        try c.encode(paragraphs, forKey: .paragraphs)
    }
}
