import CopydeskCore
@testable import CopydeskRules
import XCTest

/// A plain-language swap keeps the sentence grammatical, or is advice with nothing to apply: "have commenced"
/// becomes "have started", never "have began"; "was accompanied by" gets no swap.
final class PlainLanguageGrammarTests: XCTestCase {
    private func swaps(_ text: String) -> [Finding] {
        ReadabilityTestSupport.findings(PlainLanguageRule.self, text)
    }

    /// The sentence with the finding's fix applied (what `--fix=readability.plain_language` writes).
    private func fixed(_ text: String) throws -> String {
        let finding = try XCTUnwrap(swaps(text).first, text)
        let fix = try XCTUnwrap(finding.fix, finding.message)
        var bytes = Array(text.utf8)
        bytes.replaceSubrange(fix.start..<fix.end, with: Array(fix.replacement.utf8))
        return String(decoding: bytes, as: UTF8.self)
    }

    func testAfterHaveThePastFormBecomesAParticiple() throws {
        XCTAssertEqual(try fixed("Work on the bridge has commenced.\n"), "Work on the bridge has started.\n")
        XCTAssertEqual(try fixed("The talks had not yet commenced.\n"), "The talks had not yet started.\n")
        XCTAssertEqual(try fixed("They've implemented the plan.\n"), "They've carried out the plan.\n")
        let suggestions = try XCTUnwrap(swaps("Building has commenced.\n").first).suggestions
        XCTAssertEqual(suggestions, ["started", "begun"])
        let implemented = try XCTUnwrap(swaps("The council has implemented the plan.\n").first).suggestions
        XCTAssertEqual(implemented, ["carried out", "done"])
        XCTAssertEqual(try XCTUnwrap(swaps("She has demonstrated the flaw.\n").first).suggestions, ["shown"])
    }

    func testWithoutAnAuxiliaryThePastStays() throws {
        XCTAssertEqual(try fixed("Work commenced on Monday.\n"), "Work began on Monday.\n")
        XCTAssertEqual(try XCTUnwrap(swaps("She demonstrated the flaw.\n").first).suggestions, ["showed"])
    }

    func testAfterBeOnlyASwapThatFitsThePassive() throws {
        XCTAssertEqual(try fixed("The plan was implemented last year.\n"), "The plan was carried out last year.\n")
        XCTAssertEqual(try fixed("Entry was permitted after noon.\n"), "Entry was allowed after noon.\n")
        XCTAssertEqual(try fixed("The flats were procured cheaply.\n"), "The flats were bought cheaply.\n")
        XCTAssertEqual(try XCTUnwrap(swaps("The flaw was clearly demonstrated.\n").first).suggestions, ["shown"])
    }

    func testNoSwapFitsMeansAdviceWithNothingToApply() throws {
        let found = swaps("The mayor was accompanied by two aides.\n")
        let advice = try XCTUnwrap(found.first)
        XCTAssertEqual(found.count, 1)
        XCTAssertNil(advice.fix)
        XCTAssertEqual(advice.suggestions, [])
        XCTAssertTrue(advice.message.contains("'went with' does not fit after 'was'"), advice.message)
        XCTAssertNil(try XCTUnwrap(swaps("The council has failed to act.\n").first).fix)
        // Active, the same word keeps its swap.
        XCTAssertEqual(try fixed("Two aides accompanied the mayor.\n"), "Two aides went with the mayor.\n")
    }

    func testApostropheSIsHasOrIsSoOnlyASwapThatFitsBoth() throws {
        // Only what fits after "has", "is" and a possessive alike.
        XCTAssertEqual(try XCTUnwrap(swaps("The work's commenced.\n").first).suggestions, ["started"])
        XCTAssertNil(try XCTUnwrap(swaps("She's accompanied by aides.\n").first).fix)
    }

    /// After a determiner the word is a noun or an adjective: "an attempt" never becomes "an try".
    func testAfterADeterminerANounOrAdjectiveKeepsItsRole() throws {
        let attempt = try XCTUnwrap(swaps("It was an attempt to save money.\n").first)
        XCTAssertNil(attempt.fix)
        XCTAssertTrue(attempt.message.contains("'try' does not fit after 'an'"), attempt.message)
        XCTAssertNil(try XCTUnwrap(swaps("He denied the attempted robbery.\n").first).fix)
        XCTAssertNil(try XCTUnwrap(swaps("Voters made an informed choice.\n").first).fix)
        XCTAssertEqual(try fixed("The impacted homes were cleared.\n"), "The affected homes were cleared.\n")
        XCTAssertEqual(try fixed("The newly permitted routes open today.\n"), "The newly allowed routes open today.\n")
        // As verbs they keep their swaps.
        XCTAssertEqual(try fixed("They will attempt a rescue.\n"), "They will try a rescue.\n")
        XCTAssertEqual(try fixed("Police attempted a rescue.\n"), "Police tried a rescue.\n")
    }

    /// A past form followed by "by" is a passive participle, as after "was"; a possessive "'s" is a determiner.
    func testAPassiveWithoutBeAndAPossessive() throws {
        XCTAssertNil(try XCTUnwrap(swaps("Figures obtained by the group show a rise.\n").first).fix)
        XCTAssertEqual(try fixed("The flaw, demonstrated by tests, is old.\n"), "The flaw, shown by tests, is old.\n")
        XCTAssertEqual(try fixed("They obtained the figures.\n"), "They got the figures.\n")
        XCTAssertNil(try XCTUnwrap(swaps("One producer's attempt failed.\n").first).fix)
    }

    /// "employ" is mostly "give a job to" in news: no swap to "use".
    func testEmployIsNotUse() {
        XCTAssertEqual(swaps("The counsellors employed by the university had risen.\n").count, 0)
    }

    func testMaintainThatIsAClaimNotKeeping() throws {
        XCTAssertEqual(try fixed("They maintain that the deal would help.\n"), "They say that the deal would help.\n")
        XCTAssertEqual(try fixed("She has maintained that she is innocent.\n"), "She has said that she is innocent.\n")
        XCTAssertEqual(try fixed("Crews maintain the roads.\n"), "Crews keep the roads.\n")
    }

    /// A user's later line for a phrase replaces its swaps, the forms after "have" and "be" with them.
    func testALaterPlainLineReplacesTheContextualForms() throws {
        let swaps = ReadabilityLexicon.swaps(["commenced => began", "commenced @have => begun", "commenced => kicked off"])
        let swap = try XCTUnwrap(swaps["commenced"]?.first)
        XCTAssertEqual(swap.alternatives(after: .have), ["kicked off"])
        let again = ReadabilityLexicon.swaps(["commenced => began", "commenced @have => begun", "commenced @be => -", "commenced @noun => -"])
        XCTAssertEqual(again["commenced"]?.first?.alternatives(after: .have), ["begun"])
        XCTAssertEqual(again["commenced"]?.first?.alternatives(after: .be), [])
        XCTAssertEqual(again["commenced"]?.first?.alternatives(after: .determiner), [])
        XCTAssertEqual(again["commenced"]?.first?.alternatives(after: nil), ["began"])
    }

    /// The shipped list: a swap whose plain form is a simple past unlike its participle (began, went, did, showed)
    /// must say what fits after "have" and after "be", and no swap offered there may be such a past.
    func testEveryIrregularPastInTheListHasItsForms() throws {
        let pasts: Set<String> = ["began", "went", "did", "showed", "took", "gave", "wrote", "saw", "knew", "grew", "drew",
                                  "threw", "chose", "spoke", "broke", "rose", "drove", "ate", "fell", "forgot", "hid",
                                  "shook", "stole", "swore", "tore", "wore", "sang", "rang", "drank", "ran", "came", "became",
                                  "undertook", "withdrew", "overcame", "flew", "froze", "rode", "swam"]
        let lexicon = ReadabilityLexicon(resources: ReadabilityTestSupport.resources)
        var checked = 0
        for swap in lexicon.plainLanguage.values.joined() {
            let firstWords = swap.alternatives.compactMap { $0.split(separator: " ").first.map(String.init) }
            guard firstWords.contains(where: pasts.contains) else { continue }
            checked += 1
            let phrase = swap.words.joined(separator: " ")
            let have = try XCTUnwrap(swap.afterHave, "\(phrase) needs an @have line")
            let be = try XCTUnwrap(swap.afterBe, "\(phrase) needs an @be line")
            for alternative in have + be {
                XCTAssertFalse(pasts.contains(String(alternative.split(separator: " ")[0])), "\(phrase): '\(alternative)' after have/be")
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 6, "accompanied, accomplished, commenced, demonstrated, implemented, indicated, initiated")
    }
}
