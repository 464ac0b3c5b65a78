/// The one table of readability formulas, beside the scores: the JSON key and the score it reads (which the
/// JSON writer, `ReadabilityScores`' coding, the HTML report and `copydesk explain` all iterate), and what
/// `copydesk explain` says about it (formula, source, use).
public struct ReadabilityFormula: Sendable {
    /// The key in `readability.scores`, e.g. `flesch_kincaid_grade`.
    public let id: String
    public let name: String
    public let formula: String
    public let source: String
    public let goodFor: String
    /// The score in a `ReadabilityScores`, read and written.
    public let score: WritableKeyPath<ReadabilityScores, Double> & Sendable

    init(id: String, name: String, formula: String, source: String, goodFor: String,
         _ score: WritableKeyPath<ReadabilityScores, Double> & Sendable) {
        self.id = id
        self.name = name
        self.formula = formula
        self.source = source
        self.goodFor = goodFor
        self.score = score
    }

    /// Every formula Copydesk computes, in JSON key order.
    public static let all: [ReadabilityFormula] = [
        .init(id: "automated_readability_index", name: "Automated Readability Index (ARI)",
              formula: "4.71 × characters/words + 0.5 × words/sentences − 21.43",
              source: "Smith & Senter, Automated Readability Index, US Air Force AMRL-TR-66-220 (1967)",
              goodFor: "a US grade from characters instead of syllables; stable on technical text and cheap to compute", \.automatedReadabilityIndex),
        .init(id: "coleman_liau", name: "Coleman–Liau index",
              formula: "0.0588 × L − 0.296 × S − 15.8, L = letters per 100 words, S = sentences per 100 words",
              source: "Coleman & Liau, Journal of Applied Psychology 60(2), 1975",
              goodFor: "a US grade from letters per word; no syllable counting, so no syllable errors", \.colemanLiau),
        .init(id: "consensus_grade", name: "Consensus grade",
              formula: "median of Flesch–Kincaid, Gunning fog, SMOG, Coleman–Liau, ARI and Linsear Write",
              source: "Copydesk",
              goodFor: "one grade to hold an article to a target; the median resists one formula's outlier", \.consensusGrade),
        .init(id: "dale_chall", name: "Dale–Chall readability score",
              formula: "0.1579 × difficult-word % + 0.0496 × words/sentences, + 3.6365 when difficult words exceed 5%",
              source: "Dale & Chall, Educational Research Bulletin 27 (1948); revised word list Chall & Dale (1995). "
                  + "Copydesk's familiar-word list is a frequency-based stand-in (Dictionaries/readability/familiar-words.txt)",
              goodFor: "vocabulary load: 4.9 or less ≈ grade 4, 5–5.9 ≈ 5–6, 6–6.9 ≈ 7–8, 7–7.9 ≈ 9–10, 8–8.9 ≈ 11–12, 9+ ≈ college", \.daleChall),
        .init(id: "flesch_kincaid_grade", name: "Flesch–Kincaid grade level",
              formula: "0.39 × words/sentences + 11.8 × syllables/words − 15.59",
              source: "Kincaid, Fishburne, Rogers & Chissom, Research Branch Report 8-75, US Navy (1975)",
              goodFor: "the most widely quoted US school grade; also used here for single sentences", \.fleschKincaidGrade),
        .init(id: "flesch_reading_ease", name: "Flesch reading ease",
              formula: "206.835 − 1.015 × words/sentences − 84.6 × syllables/words",
              source: "Flesch, Journal of Applied Psychology 32(3), 1948",
              goodFor: "a 0–100 ease score (higher is easier; 60–70 is plain English), familiar to editors", \.fleschReadingEase),
        .init(id: "gunning_fog", name: "Gunning fog index",
              formula: "0.4 × (words/sentences + 100 × complex words/words), complex = three or more syllables",
              source: "Gunning, The Technique of Clear Writing (1952)",
              goodFor: "business and news prose; punishes long words and long sentences alike", \.gunningFog),
        .init(id: "linsear_write", name: "Linsear Write",
              formula: "r = (easy words + 3 × hard words)/sentences over the whole text; r > 20 ? r/2 : (r − 2)/2",
              source: "developed for the US Air Force; described by O'Hayre, Gobbledygook Has Gotta Go (1966)",
              goodFor: "technical manuals; computed on the whole text rather than a 100-word sample", \.linsearWrite),
        .init(id: "lix", name: "LIX (läsbarhetsindex)",
              formula: "words/sentences + 100 × long words/words, long = more than six letters",
              source: "Björnsson, Läsbarhet (1968)",
              goodFor: "language-neutral (no syllables); about 20 very easy, 40 news, 60 very hard", \.lix),
        .init(id: "rix", name: "RIX",
              formula: "long words/sentences, long = more than six letters",
              source: "Anderson, Journal of Reading 26(6), 1983",
              goodFor: "a quick LIX variant that maps to grades (about 0.2 ≈ grade 1 up to 7.2 ≈ college)", \.rix),
        .init(id: "smog", name: "SMOG grade",
              formula: "1.0430 × √(complex words × 30/sentences) + 3.1291",
              source: "McLaughlin, Journal of Reading 12(8), 1969 (regression form)",
              goodFor: "health and public information; predicts the grade needed for full comprehension", \.smog),
    ]

    public static func formula(id: String) -> ReadabilityFormula? {
        all.first { $0.id == id }
    }

    /// What `copydesk explain ID` prints for a formula.
    public var explanation: String {
        "\(name) (readability.scores.\(id))\n\nFormula: \(formula)\nSource: \(source)\nGood for: \(goodFor)\n"
    }
}
