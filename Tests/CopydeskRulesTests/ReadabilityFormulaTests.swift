import CopydeskCore
@testable import CopydeskRules
import XCTest

/// Each formula against values worked out by hand from the counts (see the comments).
final class ReadabilityFormulaTests: XCTestCase {
    func counts(sentences: Int, words: Int, syllables: Int, characters: Int, complex: Int, long: Int, difficult: Int) -> ReadabilityCounts {
        var c = ReadabilityCounts()
        c.sentences = sentences; c.words = words; c.syllables = syllables; c.characters = characters
        c.complexWords = complex; c.fogComplexWords = complex; c.longWords = long; c.difficultWords = difficult
        return c
    }

    func testFormulasOnDocumentedCounts() {
        // 4 sentences, 100 words (25 a sentence), 150 syllables (1.5 a word), 460 characters, 10 complex, 20 long, 8 difficult.
        let s = ReadabilityFormulas.scores(counts(sentences: 4, words: 100, syllables: 150, characters: 460, complex: 10, long: 20, difficult: 8))
        XCTAssertEqual(s.fleschReadingEase, 54.56)        // 206.835 − 1.015·25 − 84.6·1.5
        XCTAssertEqual(s.fleschKincaidGrade, 11.86)       // 0.39·25 + 11.8·1.5 − 15.59
        XCTAssertEqual(s.gunningFog, 14.0)                // 0.4·(25 + 10)
        XCTAssertEqual(s.smog, 12.16)                     // 1.043·√75 + 3.1291 = 12.1617
        XCTAssertEqual(s.colemanLiau, 10.06)              // 0.0588·460 − 0.296·4 − 15.8 = 10.064
        XCTAssertEqual(s.automatedReadabilityIndex, 12.74) // 4.71·4.6 + 0.5·25 − 21.43 = 12.736
        XCTAssertEqual(s.daleChall, 6.14)                 // 0.1579·8 + 0.0496·25 + 3.6365 = 6.1397
        XCTAssertEqual(s.linsearWrite, 15.0)              // (90 + 3·10)/4 = 30 > 20 → 15
        XCTAssertEqual(s.lix, 45.0)                       // 25 + 100·20/100
        XCTAssertEqual(s.rix, 5.0)                        // 20/4
        XCTAssertEqual(s.consensusGrade, 12.45)           // median(10.06, 11.86, 12.16, 12.74, 14, 15)
    }

    func testLowBranchesOfLinsearAndDaleChall() {
        // 10 sentences, 100 words, 5 complex, 3 difficult: Linsear (95 + 15)/10 = 11 → (11 − 2)/2; Dale–Chall without the 3.6365.
        let s = ReadabilityFormulas.scores(counts(sentences: 10, words: 100, syllables: 130, characters: 400, complex: 5, long: 10, difficult: 3))
        XCTAssertEqual(s.linsearWrite, 4.5)
        XCTAssertEqual(s.daleChall, 0.97)                 // 0.1579·3 + 0.0496·10 = 0.9697
    }

    func testNoWordsGivesZeroScores() {
        XCTAssertEqual(ReadabilityFormulas.scores(ReadabilityCounts()), ReadabilityScores())
    }

    func testReadingTime() {
        XCTAssertEqual(ReadabilityFormulas.readingTime(words: 100, wordsPerMinute: 238), 25.21) // 100/238·60 = 25.2101
        XCTAssertEqual(ReadabilityFormulas.readingTime(words: 476, wordsPerMinute: 238), 120)
    }

    func testEveryScoreKeyIsExplained() throws {
        let keys = try JSONSerialization.jsonObject(with: JSONEncoder().encode(ReadabilityScores())) as! [String: Any]
        XCTAssertEqual(Set(keys.keys), Set(ReadabilityFormula.all.map(\.id)))
        for formula in ReadabilityFormula.all {
            XCTAssertFalse(formula.formula.isEmpty || formula.source.isEmpty || formula.goodFor.isEmpty, formula.id)
        }
    }
}
