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
            XCTAssertNotNil(RuleRegistry.family(id: d.family), "\(d.id): its id's prefix names no family")
            XCTAssertNotNil(d.id.range(of: #"^[a-z]+(_[a-z]+)*\.[a-z0-9]+(_[a-z0-9]+)*$"#, options: .regularExpression), d.id)
            XCTAssertFalse(d.triggeringExamples.isEmpty, "\(d.id) has no triggering example")
            XCTAssertFalse(d.nonTriggeringExamples.isEmpty, "\(d.id) has no non-triggering example")
            XCTAssertFalse(d.description.hasSuffix("."), "\(d.id): one-line descriptions end without a period")
            XCTAssertTrue(d.triggeringExamples.allSatisfy { $0.text.contains("↓") }, "\(d.id): mark each expected finding with ↓")
        }
    }

    func testEachFamilyOwnsTheRulesNamedAfterIt() {
        let familyIDs = RuleRegistry.families.map(\.id)
        XCTAssertEqual(familyIDs.count, Set(familyIDs).count, "duplicate family ids")
        XCTAssertEqual(RuleRegistry.familyIDs, familyIDs.sorted())
        for family in RuleRegistry.families {
            XCTAssertFalse(family.rules.isEmpty, family.id)
            for rule in family.rules {
                XCTAssertTrue(rule.description.id.hasPrefix(family.id + "."), "\(rule.description.id) is listed in \(family.id)")
                XCTAssertEqual(rule.description.family, family.id)
            }
        }
        XCTAssertEqual(RuleRegistry.all.count, RuleRegistry.families.reduce(0) { $0 + $1.rules.count })
    }

    /// A rule that makes fixes says in its description whether plain `--fix` may apply them; only insertions are safe.
    func testEveryFixIsDeclaredAndSafeFixesOnlyInsert() throws {
        var seen = Set<String>()
        for rule in RuleRegistry.all {
            let d = rule.description
            for example in d.triggeringExamples {
                let text = example.plainText
                for finding in try RuleExampleHarness.lint(text).1.findings where finding.rule == d.id {
                    guard let fix = finding.fix else { continue }
                    seen.insert(d.id)
                    XCTAssertNotNil(d.fix, "\(d.id) makes fixes but does not say whether --fix may apply them")
                    if d.fix == .safe { XCTAssertEqual(fix.start, fix.end, "\(d.id): a safe fix only inserts") }
                }
            }
        }
        XCTAssertTrue(seen.contains("readability.plain_language"), "\(seen)")
        XCTAssertTrue(seen.contains("accessibility.page_language"), "\(seen)")
        XCTAssertEqual(RuleRegistry.rule(id: "readability.plain_language")?.description.fix, .optIn)
    }

    /// A renamed rule's old id names no rule of its own, and its new id is a rule.
    func testEveryRenameLeadsToARule() {
        for (old, new) in RuleRenames.table {
            XCTAssertNil(RuleRegistry.rule(id: old), old)
            XCTAssertNotNil(RuleRegistry.rule(id: new), new)
            XCTAssertEqual(RuleRenames.current(old), new)
        }
        XCTAssertEqual(RuleRenames.current("spelling.misspelling"), "spelling.misspelling")
    }
}
