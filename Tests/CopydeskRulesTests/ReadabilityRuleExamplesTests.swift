import CopydeskCore
@testable import CopydeskRules
import XCTest

/// The readability family's rules; their examples run in `RuleExampleTests`, one test case per example.
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
}
