import CopydeskCore
import XCTest

final class SpellingRulesTests: XCTestCase {
    private func findings(_ text: String, _ rule: String, config: Configuration = Configuration()) throws -> [String] {
        try RuleExampleHarness.lint(text, configuration: config).1.findings.filter { $0.rule == rule }.map(\.match)
    }

    func testNamesAreSuggestionsAndTyposAreErrors() throws {
        let text = "Sen. Ekwueme met Kim Jong Un in Pyongyang on Wendesday. Ekwueme said little.\n"
        XCTAssertEqual(try findings(text, "spelling.misspelling"), ["Wendesday"])
        XCTAssertEqual(try findings(text, "spelling.unknown_name"), ["Ekwueme", "Kim Jong Un"])
    }

    func testBareDomainLinkTextIsNotSpellChecked() throws {
        let text = "See [glendinningtrust.example](https://glendinningtrust.example/), [harbour-trst.scot](https://h.scot) "
            + "and [cuncil.gov.uk](https://council.gov.uk). The [glendinningtrust site](https://g.example) is new.\n"
        // The domains are skipped whatever their top-level domain; the same word in ordinary link text is not.
        XCTAssertEqual(try findings(text, "spelling.misspelling"), ["glendinningtrust"])
        XCTAssertEqual(try RuleExampleHarness.lint(text, configuration: Configuration()).1.findings
            .filter { $0.rule == "spelling.misspelling" }.map(\.column), [154])
    }

    private func names(_ text: String, config: Configuration = Configuration()) throws -> [Finding] {
        try RuleExampleHarness.lint(text, configuration: config).1.findings.filter { $0.rule == "spelling.unknown_name" }
    }

    func testEachNameOnceAtItsFirstUseWithCountAndLines() throws {
        let text = """
            Yoon Hee-soon, a researcher, spoke first.

            Later Yoon said more. Yoon's team agreed.

            "It is hard," Yoon said.
            """ + "\n"
        let found = try names(text)
        XCTAssertEqual(found.map(\.match), ["Yoon Hee-soon"])
        let name = try XCTUnwrap(found.first)
        XCTAssertEqual([name.line, name.column], [1, 1])
        XCTAssertEqual(name.occurrences, [SourceLocation(line: 3, column: 7), SourceLocation(line: 3, column: 23), SourceLocation(line: 5, column: 15)])
        XCTAssertEqual(name.words, ["Yoon", "Hee-soon"])
        XCTAssertEqual(name.message, "Check the name 'Yoon Hee-soon' against a source, then accept it with 'copydesk dict add Yoon Hee-soon': 4 uses, first at 1:1, also on lines 3 and 5")
    }

    func testMultiWordNameIsOneFinding() throws {
        let found = try names("China remains friendly with the Kim Jong Un regime.\n")
        XCTAssertEqual(found.map(\.match), ["Kim Jong Un"])
        XCTAssertEqual(found.first?.words, ["Jong", "Un"])
        XCTAssertEqual(found.first?.occurrences, [])
    }

    func testTitlesAreNeverNamesThemselves() throws {
        let text = "Cllr Ekwueme met Councilmember Okonjo-Iweala and Supt Brathwaite.\n"
        let found = try names(text)
        XCTAssertEqual(found.map(\.match), ["Ekwueme", "Okonjo-Iweala", "Brathwaite"])
        XCTAssertEqual(try findings(text, "spelling.misspelling"), [])
        XCTAssertTrue(found[0].message.hasSuffix("(follows the title 'Cllr')"), found[0].message)
    }

    func testConfiguredTitles() throws {
        var config = Configuration()
        config.spelling.titles = ["Alcalde"]
        XCTAssertEqual(try names("Alcalde Ekwueme spoke.\n", config: config).first?.message.hasSuffix("(follows the title 'Alcalde')"), true)
    }

    func testNamedInFullEarlierOnlyWhenItWas() throws {
        // Dandong is used twice but never in full: the second use is not "named in full earlier".
        let result = try RuleExampleHarness.lint("The ferry left Dandong at dawn.\n\nBy noon Dandong was quiet.\n").1
        let names = result.findings.filter { $0.rule == "spelling.unknown_name" }
        XCTAssertEqual(names.map(\.match), ["Dandong"])
        XCTAssertFalse(names[0].message.contains("in full"), names[0].message)
        XCTAssertTrue(names[0].message.contains("2 uses"), names[0].message)
    }

    func testSurnameBeforeFullNameJoinsIt() throws {
        let found = try names("Okonkwo spoke first. Later Chinua Okonkwo left.\n")
        XCTAssertEqual(found.map(\.match), ["Okonkwo"])
        XCTAssertTrue(found[0].message.contains("'Chinua Okonkwo'"), found[0].message)
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
