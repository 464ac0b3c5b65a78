import CopydeskCore
import XCTest
@testable import CopydeskRules

/// The content-warning family's rules, each with examples of both kinds; the examples run in
/// `RuleExampleTests`, one test case per example.
final class ContentWarningRuleExampleTests: XCTestCase {
    func testEveryRuleIsListedWithExamplesOfBothKinds() {
        let ids = RuleRegistry.contentWarningRules.map { $0.description.id }
        XCTAssertEqual(Set(ids).count, ids.count)
        XCTAssertEqual(Set(ids), [
            "content_warning.missing", "content_warning.incomplete", "content_warning.misplaced", "content_warning.vague",
            "content_warning.headline", "content_warning.suicide_language", "content_warning.suicide_method",
            "content_warning.suicide_support",
        ])
        for rule in RuleRegistry.contentWarningRules {
            XCTAssertFalse(rule.description.triggeringExamples.isEmpty, rule.description.id)
            XCTAssertFalse(rule.description.nonTriggeringExamples.isEmpty, rule.description.id)
            XCTAssertEqual(rule.description.family, "content_warning")
        }
    }
}
