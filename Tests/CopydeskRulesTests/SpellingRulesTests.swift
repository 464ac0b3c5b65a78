import CopydeskCore
import XCTest

final class SpellingRulesTests: XCTestCase {
    private func findings(_ text: String, _ rule: String, config: Configuration = Configuration()) throws -> [String] {
        try RuleExampleHarness.lint(text, configuration: config).1.findings.filter { $0.rule == rule }.map(\.match)
    }

    func testNamesAreSuggestionsAndTyposAreErrors() throws {
        let text = "Sen. Ekwueme met Kim Jong Un in Pyongyang on Wendesday. Ekwueme said little.\n"
        XCTAssertEqual(try findings(text, "spelling.misspelling"), ["Wendesday"])
        XCTAssertEqual(try findings(text, "spelling.unknown_name"), ["Ekwueme", "Jong", "Un", "Ekwueme"])
    }

    func testShoutedHeadlineIsCheckedWordByWord() throws {
        XCTAssertEqual(try findings("# COUNCIL APROVES BUDGET\n\nThe NHS and NATO agreed.\n", "spelling.misspelling"), ["APROVES"])
    }

    func testSuggestionsAreHunspellsBestFirst() throws {
        let result = try RuleExampleHarness.lint("They will recieve it.\n").1
        let finding = try XCTUnwrap(result.findings.first { $0.rule == "spelling.misspelling" })
        XCTAssertEqual(finding.suggestions.first, "receive")
    }

    func testFrontMatterAndConfigurationWords() throws {
        var config = Configuration()
        config.spelling.words = ["frobnicate"]
        XCTAssertEqual(try findings("We frobnicate and blorptastic things.\n", "spelling.misspelling", config: config), ["blorptastic"])
    }

    func testBritishDictionaryFromLanguage() throws {
        var config = Configuration()
        config.language = "en_GB"
        XCTAssertEqual(try findings("The colour of the centre.\n", "spelling.misspelling", config: config), [])
        XCTAssertEqual(try findings("The colour of the centre.\n", "spelling.misspelling"), ["colour", "centre"])
    }

    func testDecomposedAccentsAreNormalised() throws {
        // "café" with a combining acute accent is en_GB's "café"; positions stay those of the source.
        var config = Configuration()
        config.language = "en_GB"
        XCTAssertEqual(try findings("We met in a cafe\u{301} near the station.\n", "spelling.misspelling", config: config), [])
        XCTAssertEqual(try findings("We met in a cafe\u{301} near the statoin.\n", "spelling.misspelling", config: config), ["statoin"])
    }
}
