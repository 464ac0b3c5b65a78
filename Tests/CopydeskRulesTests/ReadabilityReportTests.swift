import CopydeskCore
@testable import CopydeskRules
import XCTest

final class ReadabilityReportTests: XCTestCase {
    let article = "# Title\n\nThe cat sat. The dog ran.\n\n## Next\n\nBirds sing.\n"

    func testCountsSectionsAndParagraphs() {
        let report = Readability.report(ReadabilityTestSupport.context(article))
        // Units: "Title"; "The cat sat."; "The dog ran."; "Next"; "Birds sing."
        XCTAssertEqual(report.counts.sentences, 5)
        XCTAssertEqual(report.counts.words, 10)
        XCTAssertEqual(report.counts.syllables, 11)   // Ti-tle, then one syllable each
        XCTAssertEqual(report.counts.characters, 36)
        XCTAssertEqual(report.counts.complexWords, 0)
        XCTAssertEqual(report.sections.map(\.heading), ["Title", "Next"])
        XCTAssertEqual(report.sections.map(\.line), [1, 5])
        XCTAssertEqual(report.sections.map(\.counts.sentences), [3, 2])
        XCTAssertEqual(report.paragraphs.map(\.line), [3, 7])
        XCTAssertEqual(report.paragraphs.map(\.counts.words), [6, 2])
        XCTAssertEqual(report.readingTimeSeconds, 2.52)  // 10/238·60
    }

    func testFogFollowsGunningsRulesForComplexWords() {
        // Three syllables or more: Kimberley, Gabriela, Abernathy (names), well-organised (a compound of short
        // words), created and promises (two syllables before -ed/-es) are complex for SMOG but not for fog;
        // Everybody (first word), government and interesting are complex for both.
        let text = "Everybody said Kimberley and Gabriela Abernathy created a well-organised government. "
            + "Its promises were interesting.\n"
        let counts = Readability.report(ReadabilityTestSupport.context(text)).counts
        XCTAssertEqual(counts.complexWords, 9)
        XCTAssertEqual(counts.fogComplexWords, 3)
        XCTAssertEqual(Readability.report(ReadabilityTestSupport.context(text)).scores.gunningFog,
                       ((0.4 * (Double(counts.words) / 2 + 100 * 3 / Double(counts.words))) * 100).rounded() / 100)
    }

    func testEveryScoreComesFromTheCountsBesideIt() {
        let report = Readability.report(ReadabilityTestSupport.context(article))
        XCTAssertEqual(report.scores, ReadabilityFormulas.scores(report.counts))
        for part in report.sections + report.paragraphs {
            XCTAssertEqual(part.scores, ReadabilityFormulas.scores(part.counts))
        }
    }

    func testJSONKeys() throws {
        let report = Readability.report(ReadabilityTestSupport.context(article))
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(report)) as! [String: Any]
        XCTAssertEqual(Set(object.keys), [
            "sentences", "words", "syllables", "characters", "complex_words", "fog_complex_words", "long_words",
            "difficult_words", "scores", "reading_time_seconds", "sections", "paragraphs",
        ])
        let scores = object["scores"] as! [String: Any]
        for key in ["flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog", "coleman_liau",
                    "automated_readability_index", "dale_chall", "linsear_write", "lix", "rix"] {
            XCTAssertNotNil(scores[key], key)
        }
        let section = (object["sections"] as! [[String: Any]])[0]
        XCTAssertEqual(section["heading"] as? String, "Title")
        XCTAssertEqual(section["words"] as? Int, 7)
        let decoded = try JSONDecoder().decode(ReadabilityReport.self, from: JSONEncoder().encode(report))
        XCTAssertEqual(report.targetGrade, 9, "the default target, carried for the HTML report")
        XCTAssertNil(decoded.targetGrade, "not part of the JSON format")
        var withoutTarget = report
        withoutTarget.targetGrade = nil
        XCTAssertEqual(decoded, withoutTarget)
    }

    func testAltTextAndFrontMatterAreNotCounted() {
        var document = ReadabilityTestSupport.document("The cat sat.\n")
        var builder = BlockBuilder()
        builder.appendMapped("A photo of a very large orange cat", sourceStart: 0, sourceLength: 0)
        document.blocks.append(builder.build(kind: .altText, sourceRange: 0..<0))
        let context = RuleContext(document: document, configuration: Configuration(),
                                  resources: ReadabilityTestSupport.resources, spellChecker: nil)
        XCTAssertEqual(Readability.report(context).counts.words, 3)
    }

    func testDifficultWordsUseTheFamiliarListWithInflectionsAndProperNouns() {
        let report = Readability.report(ReadabilityTestSupport.context("Dogs played. Yesterday Ottoline photosynthesized.\n"))
        // dogs (dog), played (play), yesterday: familiar; Ottoline: proper noun; photosynthesized: difficult.
        XCTAssertEqual(report.counts.difficultWords, 1)
    }
}
