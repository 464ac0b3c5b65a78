import Foundation
import Hunspell
import XCTest

/// The wrapper on the real system dictionaries.
final class HunspellTests: XCTestCase {
    private func open(_ language: String) throws -> Hunspell {
        let files = try XCTUnwrap(DictionaryLocator().locate(language), "install hunspell-en-us and hunspell-en-gb")
        return try Hunspell(affixPath: files.aff, dictionaryPath: files.dic)
    }

    func testSpellAndSuggestOnAmericanAndBritishDictionaries() throws {
        let us = try open("en_US"), gb = try open("en_GB")
        XCTAssertTrue(us.spell("color"))
        XCTAssertFalse(us.spell("colour"))
        XCTAssertTrue(gb.spell("colour"))
        XCTAssertTrue(us.spell("women’s"), "the dictionaries map the curly apostrophe")
        XCTAssertFalse(us.spell("recieve"))
        XCTAssertEqual(us.suggest("recieve").first, "receive")
        XCTAssertTrue(us.suggest("Wendesday").contains("Wednesday"))
    }

    func testAddWithAffixesAndRemove() throws {
        let us = try open("en_US")
        XCTAssertFalse(us.spell("Glendinning"))
        PersonalDictionary(parsing: "# desk words\nGlendinning\npodcaster/worker\n*irregardless\n").apply(to: us)
        XCTAssertTrue(us.spell("Glendinning"))
        XCTAssertTrue(us.spell("podcasters"), "takes the affixes of its model word")
        XCTAssertFalse(us.spell("irregardless"))
    }

    /// en_US has "UN", whose hidden capitalised form makes hunspell refuse "Un" and skip adding it.
    func testAddAcceptsTheCapitalisedFormOfAnAcronym() throws {
        let us = try open("en_US")
        XCTAssertTrue(us.spell("UN"))
        XCTAssertFalse(us.spell("Un"))
        us.add("Un")
        XCTAssertTrue(us.spell("Un"))
        XCTAssertTrue(us.spell("UN"))
        XCTAssertFalse(us.spell("Uns"), "only the word as written")
        us.remove("Un")
        XCTAssertFalse(us.spell("Un"))
    }

    func testPersonalDictionaryParsing() {
        let dictionary = PersonalDictionary(parsing: "word\n  spaced  \n\nvlog/blog\n*bad\n# comment\n")
        XCTAssertEqual(dictionary.entries, [.word("word"), .word("spaced"), .withAffixes("vlog", model: "blog"), .forbidden("bad")])
    }

    func testLocatorReportsMissing() {
        XCTAssertNotNil(DictionaryLocator().locate("en_GB"))
        XCTAssertNil(DictionaryLocator().locate("en-GB"), "names are looked up as given; DictionaryName normalises")
        XCTAssertNil(DictionaryLocator(extraDirectories: [], environment: [:]).locate("xx_YY"))
        XCTAssertThrowsError(try Hunspell(affixPath: "/nonexistent.aff", dictionaryPath: "/nonexistent.dic"))
    }

    func testLatin1DictionaryIsConverted() throws {
        // A tiny ISO-8859-1 dictionary: words go in and come out as Swift strings.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hun-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("SET ISO8859-1\nTRY esianrtolcdugmphbyfvkwz\n".utf8).write(to: dir.appendingPathComponent("xx.aff"))
        var dic = Data("2\n".utf8)
        dic.append("caf\u{e9}\nna\u{ef}ve\n".data(using: .isoLatin1)!)
        try dic.write(to: dir.appendingPathComponent("xx.dic"))
        let h = try Hunspell(affixPath: dir.appendingPathComponent("xx.aff").path, dictionaryPath: dir.appendingPathComponent("xx.dic").path)
        XCTAssertTrue(h.spell("café"))
        XCTAssertTrue(h.spell("naïve"))
        XCTAssertFalse(h.spell("cafe"))
        XCTAssertTrue(h.suggest("cafe").contains("café"))
    }
}
