import CopydeskCore
import CopydeskEngine
import Foundation
import XCTest

/// Accessibility findings through the whole binary: text output, SARIF rule help with the WCAG reference, --fix.
final class AccessibilityScenarioTests: XCTestCase {
    private let article = """
        ---
        title: Storm hits coast
        ---

        # Storm hits coast

        Crowds watched. ![](crowd.jpg) More at [here](https://ex.org/storm).

        """

    private func write(_ text: String) throws -> URL {
        let dir = try CLI.temporaryDirectory()
        try text.write(to: dir.appendingPathComponent("storm.md"), atomically: true, encoding: .utf8)
        return dir
    }

    func testTextOutputNamesTheRules() throws {
        let dir = try write(article)
        let result = try CLI.run(["lint", "storm.md"], in: dir)
        XCTAssertEqual(result.status, 1, "a missing alt text is an error")
        XCTAssertTrue(result.stdout.contains("storm.md:7:17: error: Add alt text describing 'crowd.jpg' [accessibility.image_alt_missing]"),
                      result.stdout)
        XCTAssertTrue(result.stdout.contains("storm.md:7:41: warning: Replace the link text 'here' with words that say where it goes [accessibility.link_text_vague]"),
                      result.stdout)
        XCTAssertTrue(result.stdout.contains("storm.md:2:1: suggestion: Declare the article's language"), result.stdout)
    }

    func testSARIFHelpCarriesTheWCAGReference() throws {
        let dir = try write(article)
        let result = try CLI.run(["lint", "storm.md", "--format", "sarif"], in: dir)
        let log = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        let rules = try XCTUnwrap(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let alt = try XCTUnwrap(rules.first { $0["id"] as? String == "accessibility.image_alt_missing" })
        let help = try XCTUnwrap((alt["help"] as? [String: Any])?["text"] as? String)
        XCTAssertTrue(help.contains("WCAG 2.2 SC 1.1.1 Non-text Content"), help)
        let link = try XCTUnwrap(rules.first { $0["id"] as? String == "accessibility.link_text_vague" })
        XCTAssertTrue(((link["help"] as? [String: Any])?["text"] as? String)?.contains("WCAG 2.2 SC 2.4.4") == true)
    }

    func testFixDeclaresTheConfiguredLanguage() throws {
        let dir = try write(article)
        try "version: 1\nlanguage: en_GB\n".write(to: dir.appendingPathComponent(".copydesk.yml"), atomically: true, encoding: .utf8)
        _ = try CLI.run(["lint", "storm.md", "--fix"], in: dir)
        let fixed = try String(contentsOf: dir.appendingPathComponent("storm.md"), encoding: .utf8)
        XCTAssertTrue(fixed.hasPrefix("---\ntitle: Storm hits coast\nlang: en-GB\n---\n"), fixed)
        let again = try CLI.run(["lint", "storm.md"], in: dir)
        XCTAssertFalse(again.stdout.contains("accessibility.language_missing"), again.stdout)
    }

    func testInitConfigurationCarriesTheAccessibilityDefaults() throws {
        let parsed = try Configuration.parse(DefaultConfiguration.text, path: ".copydesk.yml")
        XCTAssertEqual(parsed.accessibility, Configuration().accessibility)
        XCTAssertTrue(DefaultConfiguration.text.contains("\naccessibility:\n"))
    }
}
