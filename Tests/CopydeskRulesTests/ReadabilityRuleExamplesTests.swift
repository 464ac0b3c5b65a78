import CopydeskCore
@testable import CopydeskRules
import XCTest

final class ReadabilityRuleExamplesTests: XCTestCase {
    let rules = RuleRegistry.all.filter { $0.description.family == "readability" }

    func testEightRulesWithBothKindsOfExamples() {
        XCTAssertEqual(Set(rules.map { $0.description.id }), [
            "readability.hard_sentence", "readability.very_hard_sentence", "readability.passive_voice",
            "readability.adverb", "readability.plain_language", "readability.long_sentence",
            "readability.long_paragraph", "readability.grade_target",
        ])
        for rule in rules {
            XCTAssertFalse(rule.description.triggeringExamples.isEmpty, rule.description.id)
            XCTAssertFalse(rule.description.nonTriggeringExamples.isEmpty, rule.description.id)
        }
    }

    func testTriggeringExamplesFindExactlyTheMarkedStarts() {
        for rule in rules {
            for example in rule.description.triggeringExamples {
                check(rule, example)
                // The same example after multibyte text: offsets and columns must still line up.
                // (The grade target is always reported on the first line.)
                let prefix = "Café “naïve” 🙂 ok.\n\n"
                check(rule, rule.description.id == "readability.grade_target" ? "↓" + prefix + example.replacingOccurrences(of: "↓", with: "")
                                                                               : prefix + example)
            }
        }
    }

    func testNonTriggeringExamplesFindNothing() {
        for rule in rules {
            for example in rule.description.nonTriggeringExamples {
                let findings = ReadabilityTestSupport.findings(rule, example)
                XCTAssertEqual(findings.map(\.match), [], "\(rule.description.id): \(example)")
            }
        }
    }

    private func check(_ rule: any Rule.Type, _ marked: String) {
        let (text, expected) = ReadabilityTestSupport.unmark(marked)
        let findings = ReadabilityTestSupport.findings(rule, text)
        XCTAssertEqual(findings.map(\.start), expected, "\(rule.description.id): \(findings.map(\.message))")
        for finding in findings {
            XCTAssertFalse(finding.message.hasSuffix("."), finding.message)
            XCTAssertEqual(finding.rule, rule.description.id)
            let source = SourceText(text)
            XCTAssertEqual(source.location(at: finding.start), finding.location)
        }
    }
}
