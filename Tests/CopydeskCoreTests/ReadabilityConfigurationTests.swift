import CopydeskCore
import XCTest

final class ReadabilityConfigurationTests: XCTestCase {
    func testDefaults() {
        let c = Configuration().readability
        XCTAssertEqual(c.targetGrade, 9)
        XCTAssertNil(c.errorGrade)
        XCTAssertEqual(c.quotations, .skip)
        XCTAssertEqual(c.audiences, ["children": 5, "general": 9, "specialist": 12])
        XCTAssertEqual(c.target(audience: "Specialist"), 12)
        XCTAssertEqual(c.target(audience: "aliens"), 9)
        XCTAssertEqual(c.target(audience: nil), 9)
    }

    func testParsesEveryKey() throws {
        let yaml = """
        version: 1
        readability:
          target_grade: 8
          error_grade: 12.5
          hard_sentence_grade: 11
          very_hard_sentence_grade: 15
          long_sentence_words: 25
          long_paragraph_sentences: 4
          quotations: check
          audiences: {kids: 4, experts: 14}
          plain_language_lists: [house.txt]
          words_per_minute: 200
        """
        let c = try Configuration.parse(yaml, path: "x.yml").readability
        XCTAssertEqual(c.targetGrade, 8)
        XCTAssertEqual(c.errorGrade, 12.5)
        XCTAssertEqual(c.hardSentenceGrade, 11)
        XCTAssertEqual(c.veryHardSentenceGrade, 15)
        XCTAssertEqual(c.longSentenceWords, 25)
        XCTAssertEqual(c.longParagraphSentences, 4)
        XCTAssertEqual(c.quotations, .check)
        XCTAssertEqual(c.audiences, ["kids": 4, "experts": 14])
        XCTAssertEqual(c.plainLanguageLists, ["house.txt"])
        XCTAssertEqual(c.wordsPerMinute, 200)
    }

    func testUnknownKeyIsAnErrorWithLine() {
        XCTAssertThrowsError(try Configuration.parse("version: 1\nreadability:\n  target_grades: 8\n", path: "c.yml")) { error in
            let e = error as! ConfigError
            XCTAssertEqual(e.line, 3)
            XCTAssertTrue(e.message.contains("unknown key 'target_grades'"), e.message)
        }
    }

    func testBadValuesAreErrors() {
        XCTAssertThrowsError(try Configuration.parse("version: 1\nreadability:\n  quotations: sometimes\n", path: "c.yml"))
        XCTAssertThrowsError(try Configuration.parse("version: 1\nreadability:\n  target_grade: hard\n", path: "c.yml"))
        XCTAssertThrowsError(try Configuration.parse("version: 1\nreadability:\n  target_grade: 10\n  error_grade: 8\n", path: "c.yml"))
    }
}
