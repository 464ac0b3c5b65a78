import CopydeskCore
@testable import CopydeskRules
import Foundation
import XCTest

/// Rules under non-default `readability:` settings.
final class ReadabilityConfigurationBehaviourTests: XCTestCase {
    func config(_ yaml: String, path: String = "/tmp/.copydesk.yml") throws -> Configuration {
        try Configuration.parse("version: 1\nreadability:\n" + yaml, path: path)
    }

    func testQuotationsCheckFlagsQuotedSpeech() throws {
        let text = "\"The decision was made in secret by the board,\" the senator said.\n"
        XCTAssertEqual(ReadabilityTestSupport.findings(PassiveVoiceRule.self, text).count, 0)
        let findings = ReadabilityTestSupport.findings(PassiveVoiceRule.self, text, configuration: try config("  quotations: check\n"))
        XCTAssertEqual(findings.map(\.match), ["was made"])
    }

    func testBlockQuotesAreSkipped() {
        let text = "> The funds were utilized quickly.\n"
        for rule in [PassiveVoiceRule.self, AdverbRule.self, PlainLanguageRule.self] as [any Rule.Type] {
            XCTAssertEqual(ReadabilityTestSupport.findings(rule, text).count, 0, rule.description.id)
        }
    }

    func testAudienceTargetFromFrontMatter() {
        // A plain article between grades 5 and 9: over the children's target (5), under the general one (9).
        let body = "The council will vote on the new housing plan next month. Officials expect a close result because many residents oppose the proposal.\n"
        let grade = Readability.report(ReadabilityTestSupport.context(body)).scores.consensusGrade
        XCTAssertTrue(grade > 5 && grade <= 9, "grade \(grade)")
        XCTAssertEqual(ReadabilityTestSupport.findings(GradeTargetRule.self, "---\naudience: general\n---\n" + body).count, 0)
        let children = ReadabilityTestSupport.findings(GradeTargetRule.self, "---\naudience: children\n---\n" + body)
        XCTAssertEqual(children.count, 1)
        XCTAssertEqual(children.first?.line, 1)
        XCTAssertTrue(children.first?.message.contains("to 5 for a children audience") == true, children.first?.message ?? "")
    }

    func testErrorGradeRaisesSeverity() throws {
        let hard = RuleRegistry.rule(id: "readability.grade_target")!.description.triggeringExamples[0].plainText
        let warning = ReadabilityTestSupport.findings(GradeTargetRule.self, hard)
        XCTAssertEqual(warning.map(\.severity), [.warning])
        let error = ReadabilityTestSupport.findings(GradeTargetRule.self, hard, configuration: try config("  error_grade: 14\n"))
        XCTAssertEqual(error.map(\.severity), [.error])
    }

    func testLongSentenceThreshold() throws {
        let text = "One two three four five six.\n"
        XCTAssertEqual(ReadabilityTestSupport.findings(LongSentenceRule.self, text).count, 0)
        let findings = ReadabilityTestSupport.findings(LongSentenceRule.self, text, configuration: try config("  long_sentence_words: 5\n"))
        XCTAssertEqual(findings.map(\.message), ["Split 'One two three four five six.': 6 words, more than 5"])
    }

    func testExtraPlainLanguageListFromConfig() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-plain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "# house list\nsynergy => teamwork\n".write(to: folder.appendingPathComponent("house.txt"), atomically: true, encoding: .utf8)
        let configuration = try config("  plain_language_lists: [house.txt]\n", path: folder.appendingPathComponent(".copydesk.yml").path)
        let findings = ReadabilityTestSupport.findings(PlainLanguageRule.self, "Synergy matters. We utilize it.\n", configuration: configuration)
        XCTAssertEqual(findings.map(\.message), ["Use 'Teamwork' instead of 'Synergy'", "Use 'use' instead of 'utilize'"])
        XCTAssertEqual(findings.first?.fix?.replacement, "Teamwork")
    }

    func testPassiveVoiceSkipsStatesAndCommas() {
        let text = "She was tired. He is interested. The road was, sadly, closed by police. It was built in 1990 by the city.\n"
        XCTAssertEqual(ReadabilityTestSupport.findings(PassiveVoiceRule.self, text).map(\.match), ["was built"])
    }

    func testVeryHardSentenceIsNotAlsoHard() {
        let example = VeryHardSentenceRule.description.triggeringExamples[0].plainText
        XCTAssertEqual(ReadabilityTestSupport.findings(VeryHardSentenceRule.self, example).count, 1)
        XCTAssertEqual(ReadabilityTestSupport.findings(HardSentenceRule.self, example).count, 0)
    }
}

final class ReadabilityFragmentTests: XCTestCase {
    func testFragmentsAreNotSentencesToSplit() {
        // A plain-text subhead: no final punctuation, long words.
        let subhead = "Exploiting vulnerable populations, several large international organisations systematically undermined institutional accountability across numerous jurisdictions"
        let text = subhead + "\n\nThe dog ran home.\n"
        XCTAssertEqual(ReadabilityTestSupport.findings(VeryHardSentenceRule.self, text).count, 0)
        XCTAssertEqual(ReadabilityTestSupport.findings(VeryHardSentenceRule.self, subhead + ".\n").count, 1)
        // …but they are still counted.
        XCTAssertEqual(Readability.report(ReadabilityTestSupport.context(text)).counts.sentences, 2)
    }
}
