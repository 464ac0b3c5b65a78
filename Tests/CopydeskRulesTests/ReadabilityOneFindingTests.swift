import CopydeskCore
@testable import CopydeskRules
import XCTest

/// Fewer, truer readability findings: one finding per span, no grade on short sentences, quoted speech skipped,
/// informative adverbs kept.
final class ReadabilityOneFindingTests: XCTestCase {
    private func all(_ text: String, _ configuration: Configuration = Configuration()) -> [Finding] {
        let linter = Linter(resources: ReadabilityTestSupport.resources, spellCheckers: { _, _ in nil })
        return linter.lint(ReadabilityTestSupport.document(text), configuration: configuration, language: "en_US")
            .findings.filter { Self.sentenceRules.contains($0.rule) }
    }

    private static let sentenceRules: Set<String> = ["readability.long_sentence", "readability.hard_sentence", "readability.very_hard_sentence"]

    private static let longAndHard = "Notwithstanding considerable institutional opposition, the administration's comprehensive "
        + "environmental regulations, which were promulgated following extensive consultation with numerous industry "
        + "representatives and regional authorities, fundamentally transformed manufacturing practices across the country "
        + "within a decade.\n"

    func testLongAndVeryHardSentenceIsOneFindingThatSaysBoth() throws {
        let found = all(Self.longAndHard)
        XCTAssertEqual(found.map(\.rule), ["readability.long_sentence"], "\(found.map(\.message))")
        let message = try XCTUnwrap(found.first?.message)
        XCTAssertTrue(message.contains("words, more than 30, and very hard to read at grade"), message)
    }

    func testWithLongSentenceOffTheDifficultyRuleStillReports() throws {
        let config = try Configuration.parse("version: 1\nrules:\n  readability.long_sentence: false\n", path: "c.yml")
        XCTAssertEqual(all(Self.longAndHard, config).map(\.rule), ["readability.very_hard_sentence"])
    }

    func testNoGradeFindingUnderTwelveWords() {
        // Ten words of long Latinate vocabulary: a high grade, but too short for the grade to mean much.
        let text = "Institutional accountability remains fundamentally compromised by systematic administrative negligence everywhere.\n"
        XCTAssertEqual(all(text).map(\.rule), [])
    }

    func testQuotePlusAttributionIsSkippedByEveryStyleRule() {
        let text = "\"A broker may sell a woman into prostitution for a lesser price than marriage, but he knows he can sell "
            + "multiple women and soon earn far more money than trying to sell a woman for marriage, which could take "
            + "months,\" the researcher said.\n"
        XCTAssertEqual(all(text).map(\.rule), [])
        // The same words as the writer's own are reported.
        let own = text.replacingOccurrences(of: "\"", with: "").replacingOccurrences(of: ", the researcher said", with: "")
        XCTAssertEqual(all(own).map(\.rule), ["readability.long_sentence"])
    }

    func testAttributionCountsWithTheQuoteButTheWritersClauseDoesNot() {
        // Half quote, plus "Baker said": skipped.
        let quoted = "\"Some defectors feel used by the churches but they are a minority,\" Baker said, referring to "
            + "defectors who accept the faith while being rescued.\n"
        XCTAssertFalse(ReadabilityAnalysis.shared(ReadabilityTestSupport.context(quoted)).sentences[0].quoted == false)
        // A short quote inside the writer's long sentence does not hide it.
        let mostlyOwn = "The council, which had argued for months about the cost of the new bridge and the road that leads "
            + "to it, finally voted to \"get on with it\" on Tuesday night.\n"
        XCTAssertEqual(all(mostlyOwn).map(\.rule), ["readability.long_sentence"])
    }

    func testInformativeAdverbsAreData() {
        let text = "Nearly 50 people, formerly residents, were allegedly moved directly from the camp. Only two stayed.\n"
        XCTAssertEqual(ReadabilityTestSupport.findings(AdverbRule.self, text).map(\.match), [])
        // "nearly" without a number, and "directly" without "from", are still adverbs to look at.
        XCTAssertEqual(ReadabilityTestSupport.findings(AdverbRule.self, "It nearly fell. He spoke directly.\n").map(\.match), ["nearly", "directly"])
    }

    func testAdverbInsideASwapOrAPassiveIsOneFinding() {
        let linter = Linter(resources: ReadabilityTestSupport.resources, spellCheckers: { _, _ in nil })
        let found = linter.lint(ReadabilityTestSupport.document("Approximately half left. The money was quickly spent by the board.\n"),
                                configuration: Configuration(), language: "en_US").findings.filter { $0.rule.hasPrefix("readability.") && $0.rule != "readability.grade_target" }
        XCTAssertEqual(found.map(\.rule), ["readability.plain_language", "readability.passive_voice"], "\(found.map(\.match))")
    }

    func testAgentlessPassiveIsAnOption() throws {
        let text = "Two men were abducted in March.\n"
        XCTAssertEqual(ReadabilityTestSupport.findings(PassiveVoiceRule.self, text).count, 0)
        let config = try Configuration.parse("version: 1\nrules:\n  readability.passive_voice: {agentless: true}\n", path: "c.yml")
        XCTAssertEqual(ReadabilityTestSupport.findings(PassiveVoiceRule.self, text, configuration: config).map(\.match), ["were abducted"])
    }
}
