import CopydeskCore
import CopydeskRules
import Testing

/// One rule example: the rule, whether it should trigger, and its place in the description's list.
struct RuleExampleCase: CustomTestStringConvertible, Sendable {
    let rule: RuleDescription
    let example: Example
    let triggering: Bool
    let index: Int

    /// `readability.passive_voice triggering 2`: the name a failure is reported under.
    var testDescription: String { "\(rule.id) \(triggering ? "triggering" : "non-triggering") \(index + 1)" }

    /// Every example of every rule in the registry, in order.
    static let all: [RuleExampleCase] = RuleRegistry.all.flatMap { rule in
        let d = rule.description
        return d.triggeringExamples.enumerated().map { RuleExampleCase(rule: d, example: $1, triggering: true, index: $0) }
            + d.nonTriggeringExamples.enumerated().map { RuleExampleCase(rule: d, example: $1, triggering: false, index: $0) }
    }
}

/// Every rule's examples through the real pipeline (front end, real hunspell, linter), one test case per example,
/// so a failure names the rule and the example. Serialized: the harness keeps one hunspell checker per language.
@Suite(.serialized)
struct RuleExampleTests {
    @Test("rule example", arguments: RuleExampleCase.all)
    func example(_ item: RuleExampleCase) throws {
        for problem in try RuleExampleHarness.problems(item.rule, example: item.example) {
            Issue.record(Comment(rawValue: "\(item.testDescription): \(problem.message)"),
                         sourceLocation: Self.location(problem.file, problem.line))
        }
    }

    /// Each rule has examples of both kinds, so each has cases here.
    @Test func everyRuleHasCasesOfBothKinds() {
        for rule in RuleRegistry.all {
            let cases = RuleExampleCase.all.filter { $0.rule.id == rule.description.id }
            #expect(cases.contains { $0.triggering }, "\(rule.description.id)")
            #expect(cases.contains { !$0.triggering }, "\(rule.description.id)")
        }
    }

    /// The example's own file and line (Swift Testing wants a `Module/File.swift` file ID beside the path).
    private static func location(_ file: StaticString, _ line: UInt) -> Testing.SourceLocation {
        let path = "\(file)"
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return Testing.SourceLocation(fileID: "CopydeskRules/\(name)", filePath: path, line: max(1, Int(line)), column: 1)
    }
}
