import CopydeskCore
import CopydeskRules
import XCTest

/// One list, unique ids, examples of both kinds, and every example behaves as documented.
final class RuleRegistryTests: XCTestCase {
    func testEveryRuleIsListedOnceWithExamples() {
        let ids = RuleRegistry.ids
        XCTAssertEqual(ids.count, Set(ids).count, "duplicate rule ids")
        for rule in RuleRegistry.all {
            let d = rule.description
            XCTAssertTrue(["spelling", "readability", "content_warning", "accessibility"].contains(d.family), d.id)
            XCTAssertNotNil(d.id.range(of: #"^[a-z]+(_[a-z]+)*\.[a-z0-9]+(_[a-z0-9]+)*$"#, options: .regularExpression), d.id)
            XCTAssertFalse(d.triggeringExamples.isEmpty, "\(d.id) has no triggering example")
            XCTAssertFalse(d.nonTriggeringExamples.isEmpty, "\(d.id) has no non-triggering example")
            XCTAssertFalse(d.description.hasSuffix("."), "\(d.id): one-line descriptions end without a period")
            XCTAssertTrue(d.triggeringExamples.allSatisfy { $0.contains("↓") }, "\(d.id): mark each expected finding with ↓")
        }
    }

    func testRuleExamples() throws {
        for rule in RuleRegistry.all {
            let d = rule.description
            for example in d.triggeringExamples + d.nonTriggeringExamples {
                try RuleExampleHarness.verify(d, example: example)
            }
        }
    }
}
