import XCTest
@testable import CopydeskCore

/// Each setting is declared once; the declaration is the parser, `copydesk init`'s text and the help.
final class SettingDeclarationTests: XCTestCase {
    func testEverySectionIsATopLevelKeyAndItsKeysAreUnique() {
        for section in Configuration.sections {
            XCTAssertTrue(Configuration.topLevelKeys.contains(section.key), section.key)
            XCTAssertEqual(Set(section.keys).count, section.keys.count, "\(section.key): a key declared twice")
            XCTAssertFalse(section.keys.isEmpty, section.key)
        }
    }

    func testInitTextReadsBackAsTheDefaults() throws {
        let text = "version: 1\n" + Configuration.sections.map { $0.initText }.joined(separator: "\n")
        let config = try Configuration.parse(text, path: ".copydesk.yml")
        XCTAssertEqual(config.readability, ReadabilityConfiguration())
        XCTAssertEqual(config.accessibility, AccessibilityConfiguration())
        XCTAssertEqual(config.spelling.maxSuggestions, SpellingConfiguration().maxSuggestions)
        XCTAssertEqual(config.contentWarnings.graphicSeverity, .error)
        XCTAssertNil(config.contentWarnings.enabledCategories, "a setting with no default is written commented out")
        for section in Configuration.sections {
            for key in section.keys {
                XCTAssertTrue(text.contains("\n  \(key): ") || text.contains("\n  # \(key): "), "\(section.key).\(key) is in init's text")
            }
        }
    }

    func testADeclaredSettingIsReadWithItsRangeAndAnUnknownOneIsAnErrorWithAHint() throws {
        let config = try Configuration.parse("version: 1\nreadability:\n  long_sentence_words: 25\n  quotations: check\n", path: "c.yml")
        XCTAssertEqual(config.readability.longSentenceWords, 25)
        XCTAssertEqual(config.readability.quotations, .check)
        XCTAssertThrowsError(try Configuration.parse("version: 1\nreadability:\n  long_sentence_words: 0\n", path: "c.yml")) { error in
            XCTAssertEqual((error as? ConfigError)?.line, 3)
        }
        XCTAssertThrowsError(try Configuration.parse("version: 1\nreadability:\n  target_grad: 8\n", path: "c.yml")) { error in
            let message = String(describing: error)
            XCTAssertTrue(message.hasPrefix("c.yml:3: unknown key 'target_grad' in 'readability' (did you mean 'target_grade'?)"), message)
        }
    }

    func testDefaultsAndHelpAsWritten() {
        XCTAssertEqual(ReadabilityConfiguration.defaultText("long_sentence_words"), "30")
        XCTAssertEqual(ReadabilityConfiguration.defaultText("target_grade"), "9")
        XCTAssertEqual(ReadabilityConfiguration.defaultText("audiences"), "{children: 5, general: 9, specialist: 12}")
        XCTAssertEqual(ContentWarningsConfiguration.defaultText("severity"), "{mention: suggestion, description: error, graphic: error}")
        let help = ReadabilityConfiguration.explanation
        XCTAssertTrue(help.contains("  long_sentence_words       A sentence with more words is long (readability.long_sentence). Default 30; 1 to 500.\n"), help)
        XCTAssertTrue(help.contains("quotations") && help.contains("skip or check"), help)
    }
}
