import CopydeskCore
import XCTest

final class AccessibilityConfigurationTests: XCTestCase {
    func testDefaults() {
        let c = Configuration().accessibility
        XCTAssertEqual(c.altTextMaxLength, 250)
        XCTAssertEqual(c.headingMaxWords, 15)
        XCTAssertEqual(c.allCapsMinWords, 3)
        XCTAssertEqual(c.abbreviations, [:])
        XCTAssertTrue(c.requireLanguage)
        XCTAssertTrue(Configuration.topLevelKeys.contains("accessibility"))
    }

    func testParsesEveryKey() throws {
        let yaml = """
        version: 1
        accessibility:
          alt_text_max_length: 150
          heading_max_words: 12
          all_caps_min_words: 4
          abbreviations:
            KFI: Korea Future Initiative
            WFTU: World Federation of Trade Unions
          extra_abbreviation_lists: [house-abbreviations.tsv]
          vague_link_texts: [over here]
          sensory_phrases: [the flashing banner]
          require_language: false
        """
        let c = try Configuration.parse(yaml, path: "x.yml").accessibility
        XCTAssertEqual(c.altTextMaxLength, 150)
        XCTAssertEqual(c.headingMaxWords, 12)
        XCTAssertEqual(c.allCapsMinWords, 4)
        XCTAssertEqual(c.abbreviations, ["KFI": "Korea Future Initiative", "WFTU": "World Federation of Trade Unions"])
        XCTAssertEqual(c.extraAbbreviationLists, ["house-abbreviations.tsv"])
        XCTAssertEqual(c.vagueLinkTexts, ["over here"])
        XCTAssertEqual(c.sensoryPhrases, ["the flashing banner"])
        XCTAssertFalse(c.requireLanguage)
    }

    func testErrorsNameTheFileAndLine() {
        func error(_ section: String) -> ConfigError? {
            do {
                _ = try Configuration.parse("version: 1\naccessibility:\n" + section, path: "cfg.yml")
                return nil
            } catch {
                return error
            }
        }
        let unknown = error("  alt_text_max: 100\n")
        XCTAssertEqual(unknown?.line, 3)
        XCTAssertTrue(unknown?.message.contains("unknown key 'alt_text_max' in 'accessibility'") == true, unknown?.message ?? "")
        let range = error("  heading_max_words: 0\n")
        XCTAssertEqual(range?.line, 3)
        XCTAssertTrue(range?.message.contains("accessibility.heading_max_words") == true, range?.message ?? "")
        XCTAssertNotNil(error("  require_language: maybe\n"))
        XCTAssertNotNil(error("  abbreviations: [KFI]\n"))
        XCTAssertNotNil(error("  abbreviations: {KFI: ''}\n"))
    }
}
