import CopydeskCore
import CopydeskSpelling
import XCTest

/// Declared languages to dictionary names, and the checker that opens them on the real system dictionaries.
final class DictionaryNameTests: XCTestCase {
    func testNormaliseReadsHyphenAndCase() {
        XCTAssertEqual(DictionaryName.normalize("en-gb"), "en_GB")
        XCTAssertEqual(DictionaryName.normalize("EN_us"), "en_US")
        XCTAssertEqual(DictionaryName.normalize("de"), "de")
        XCTAssertEqual(DictionaryName.package(for: "en-GB"), "hunspell-en-gb")
    }

    func testBareLanguageTakesTheConfiguredRegionOrTheUsualOne() {
        XCTAssertEqual(DictionaryName.resolve("en", configured: "en-GB"), "en_GB")
        XCTAssertEqual(DictionaryName.resolve("en", configured: "de_DE"), "en_US")
        XCTAssertEqual(DictionaryName.resolve("fr", configured: "en_US"), "fr_FR")
        XCTAssertEqual(DictionaryName.resolve("en-au", configured: "en_GB"), "en_AU")
    }

    func testCheckerOpensAHyphenatedLanguageAndNamesAMissingOne() throws {
        let checker = try HunspellChecker(language: "en-GB", configuration: Configuration(), dataDirectory: nil)
        XCTAssertEqual(checker.language, "en_GB")
        XCTAssertTrue(checker.isCorrect("colour"))
        XCTAssertFalse(checker.isCorrect("color"))
        XCTAssertThrowsError(try HunspellChecker(language: "xx-YY", configuration: Configuration(), dataDirectory: nil)) { error in
            XCTAssertTrue("\(error)".contains("hunspell-xx-yy"), "\(error)")
        }
    }
}
