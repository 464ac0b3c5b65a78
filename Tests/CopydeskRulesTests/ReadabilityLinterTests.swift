import CopydeskCore
@testable import CopydeskRules
import XCTest

final class ReadabilityLinterTests: XCTestCase {
    func lint(_ text: String, _ configuration: Configuration) -> FileResult {
        let linter = Linter(resources: ReadabilityTestSupport.resources, spellCheckers: { _, _ in nil })
        return linter.lint(ReadabilityTestSupport.document(text), configuration: configuration, language: "en_US")
    }

    func testLinterAttachesTheReportAndFindings() {
        let result = lint("We will utilize the funds. The treaty was signed by the president.\n", Configuration())
        XCTAssertEqual(result.readability?.counts.words, 12)
        XCTAssertEqual(result.readability?.counts.sentences, 2)
        let ids = Set(result.findings.map(\.rule))
        XCTAssertTrue(ids.contains("readability.plain_language"), "\(ids)")
        XCTAssertTrue(ids.contains("readability.passive_voice"), "\(ids)")
    }

    func testNoReportWhenEveryReadabilityRuleIsOff() throws {
        let ids = RuleRegistry.ids.filter { $0.hasPrefix("readability.") }
        let yaml = "version: 1\nrules:\n" + ids.map { "  \($0): false\n" }.joined()
        let result = lint("We will utilize the funds.\n", try Configuration.parse(yaml, path: "c.yml"))
        XCTAssertNil(result.readability)
        XCTAssertFalse(result.findings.contains { $0.rule.hasPrefix("readability.") })
    }

    func testExplanationNamesFormulaAndSource() {
        let text = ReadabilityFormula.formula(id: "smog")!.explanation
        XCTAssertTrue(text.hasPrefix("SMOG grade (readability.scores.smog)"), text)
        XCTAssertTrue(text.contains("McLaughlin"), text)
        XCTAssertNil(ReadabilityFormula.formula(id: "spache"))
    }
}
