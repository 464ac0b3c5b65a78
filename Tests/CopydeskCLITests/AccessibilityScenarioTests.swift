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
        XCTAssertFalse(again.stdout.contains("accessibility.page_language"), again.stdout)
    }

    /// The old id of the language rule still works, in the configuration (with a deprecation warning naming the
    /// file and line), in an in-text directive, in front matter, in --fix= and in explain.
    func testTheLanguageRulesOldIdStillWorks() throws {
        let page = "<!doctype html>\n<!-- copydesk-disable accessibility.language_missing -->\n<html><head><title>Storm</title></head><body><h1>Storm</h1><p>Rain fell.</p></body></html>\n"
        let bare = page.replacingOccurrences(of: "<!-- copydesk-disable accessibility.language_missing -->\n", with: "")
        let dir = try CLI.temporaryDirectory()
        try page.write(to: dir.appendingPathComponent("a.html"), atomically: true, encoding: .utf8)
        try bare.write(to: dir.appendingPathComponent("b.html"), atomically: true, encoding: .utf8)
        let plain = try CLI.run(["lint", "a.html", "b.html"], in: dir)
        XCTAssertFalse(plain.stdout.contains("a.html:3:1: warning") , plain.stdout)
        XCTAssertTrue(plain.stdout.contains("b.html:") && plain.stdout.contains("[accessibility.page_language]"), plain.stdout)

        try "version: 1\nrules:\n  accessibility.language_missing: false\n".write(to: dir.appendingPathComponent(".copydesk.yml"), atomically: true, encoding: .utf8)
        let configured = try CLI.run(["lint", "b.html"], in: dir)
        XCTAssertFalse(configured.stdout.contains("page_language"), configured.stdout)
        XCTAssertTrue(configured.stderr.contains(".copydesk.yml:3: rule 'accessibility.language_missing' is now 'accessibility.page_language'"), configured.stderr)

        try "---\ntitle: Storm\ncopydesk:\n  disable: [accessibility.language_missing]\n---\n\nRain fell.\n".write(to: dir.appendingPathComponent("c.md"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: dir.appendingPathComponent(".copydesk.yml"))
        let frontMatter = try CLI.run(["lint", "c.md"], in: dir)
        XCTAssertFalse(frontMatter.stdout.contains("[accessibility.page_language]"), frontMatter.stdout)
        XCTAssertTrue(frontMatter.stdout.contains("suggestion: Rename 'accessibility.language_missing' to 'accessibility.page_language': the old id still works but will be removed [switch.invalid]"), frontMatter.stdout)
        try "---\ntitle: Storm\n---\n\nRain fell.\n".write(to: dir.appendingPathComponent("d.md"), atomically: true, encoding: .utf8)
        let diff = try CLI.run(["lint", "--diff", "--fix=accessibility.language_missing", "d.md"], in: dir)
        XCTAssertNotEqual(diff.status, 2, diff.stderr)
        XCTAssertTrue(diff.stdout.contains("+lang: en-US"), diff.stdout + diff.stderr)
        let explain = try CLI.run(["explain", "accessibility.language_missing"], in: dir)
        XCTAssertTrue(explain.stdout.hasPrefix("accessibility.page_language: "), explain.stdout)
        XCTAssertTrue(explain.stderr.contains("is now 'accessibility.page_language'"), explain.stderr)
    }

    func testInitConfigurationCarriesTheAccessibilityDefaults() throws {
        let parsed = try Configuration.parse(DefaultConfiguration.text, path: ".copydesk.yml")
        XCTAssertEqual(parsed.accessibility, Configuration().accessibility)
        XCTAssertTrue(DefaultConfiguration.text.contains("\naccessibility:\n"))
    }
}
