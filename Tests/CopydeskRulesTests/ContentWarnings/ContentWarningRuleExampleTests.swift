import CopydeskCore
import XCTest
@testable import CopydeskRules

/// Every content-warning rule's examples are its tests: triggering ones report exactly at the `↓` marks,
/// non-triggering ones report nothing; the same holds with multibyte text before the article.
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

    func testTriggeringExamplesReportAtTheMarks() {
        for rule in RuleRegistry.contentWarningRules {
            for example in rule.description.triggeringExamples {
                // Front matter must stay first: such examples get no prefix.
                for prefix in example.hasPrefix("---") ? [""] : ["", "<!-- “Ünïcödé” café 🎉 -->\n\n"] {
                    let (text, offsets) = CWTestSupport.markers(prefix + example)
                    let findings = CWTestSupport.findings(rule, text)
                    XCTAssertEqual(findings.map(\.start), offsets, "\(rule.description.id): \(example)")
                    XCTAssertTrue(findings.allSatisfy { $0.rule == rule.description.id })
                }
            }
        }
    }

    func testNonTriggeringExamplesReportNothing() {
        for rule in RuleRegistry.contentWarningRules {
            for example in rule.description.nonTriggeringExamples {
                let findings = CWTestSupport.findings(rule, example)
                XCTAssertEqual(findings.map(\.message), [], "\(rule.description.id): \(example)")
            }
        }
    }
}
