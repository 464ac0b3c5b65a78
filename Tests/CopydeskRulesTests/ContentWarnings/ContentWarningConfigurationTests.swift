import CopydeskCore
import CopydeskReporters
import Foundation
import XCTest
@testable import CopydeskRules

final class ContentWarningConfigurationTests: XCTestCase {
    private func parse(_ section: String) throws -> Configuration {
        try Configuration.parse("version: 1\ncontent_warnings:\n" + section, path: ".copydesk.yml")
    }

    func testReadsEverySetting() throws {
        let config = try parse("""
              enabled_categories: [sexual_violence, violence_gore]
              fix: both
              min_score: 3
              severity:
                mention: warning
                description: warning
              custom_categories:
                - id: deceased_first_nations
                  name: Deceased Aboriginal and Torres Strait Islander people
                  terms: [late elder, elder who died]
                  wording: Aboriginal and Torres Strait Islander readers are advised that this article contains the name of a person who has died.
            """).contentWarnings
        XCTAssertEqual(config.enabledCategories, ["sexual_violence", "violence_gore"])
        XCTAssertEqual(config.fix, .both)
        XCTAssertEqual(config.minScore, 3)
        XCTAssertEqual(config.severity(for: .mention), .warning)
        XCTAssertEqual(config.severity(for: .description), .warning)
        XCTAssertEqual(config.severity(for: .graphic), .error)
        XCTAssertEqual(config.customCategories.map(\.id), ["deceased_first_nations"])
        XCTAssertEqual(config.customCategories.first?.terms, ["late elder", "elder who died"])
    }

    func testUnknownKeysAndBadValuesAreErrorsWithLines() {
        XCTAssertThrowsError(try parse("  fixx: inline\n")) { error in
            let error = error as? ConfigError
            XCTAssertEqual(error?.line, 3)
            XCTAssertTrue(error?.message.contains("unknown key 'fixx'") ?? false, "\(String(describing: error))")
        }
        XCTAssertThrowsError(try parse("  fix: sideways\n")) { error in
            XCTAssertTrue((error as? ConfigError)?.message.contains("front_matter, inline, both") ?? false)
        }
        XCTAssertThrowsError(try parse("  severity:\n    graphics: error\n"))
        XCTAssertThrowsError(try parse("  custom_categories:\n    - id: Bad Id\n      terms: [x]\n      wording: y\n"))
        XCTAssertThrowsError(try parse("  custom_categories:\n    - id: ok\n      wording: y\n"))
    }

    func testEnabledCategoriesAndCustomCategoriesShapeTheReport() throws {
        var config = Configuration()
        config.contentWarnings.enabledCategories = ["violence_gore"]
        config.contentWarnings.customCategories = [.init(
            id: "deceased_first_nations", name: "Deceased Aboriginal and Torres Strait Islander people",
            terms: ["late elder"], wording: "Aboriginal and Torres Strait Islander readers are advised that this article contains the name of a person who has died.")]
        let report = CWTestSupport.report("""
            # Tribute

            Family and friends remembered the late elder at a service in Alice Springs, where a man was stabbed last year.
            """, config)
        XCTAssertEqual(report.categories.map(\.id), ["violence_gore", "deceased_first_nations"])
        XCTAssertEqual(report.suggestion.text, "This article contains mentions of violence. Aboriginal and Torres Strait Islander readers are advised that this article contains the name of a person who has died.")
    }

    func testSeverityFollowsTheLevel() throws {
        let mention = "# H\n\nHe was later jailed for rape.\n"
        XCTAssertEqual(CWTestSupport.findings(ContentWarningMissingRule.self, mention).map(\.severity), [.suggestion])
        let graphic = "# H\n\nShe was raped and left with torn genitals.\n"
        XCTAssertEqual(CWTestSupport.findings(ContentWarningMissingRule.self, graphic).map(\.severity), [.error])
        var config = Configuration()
        config.contentWarnings.graphicSeverity = .warning
        XCTAssertEqual(CWTestSupport.findings(ContentWarningMissingRule.self, graphic, config).map(\.severity), [.warning])
    }

    func testLinterAttachesTheReportAndJSONUsesTheContractKeys() throws {
        let source = SourceText("# H\n\nShe was raped and left with torn genitals.\n")
        let document = MiniMarkdown.parse(source, path: "a.md")
        let linter = Linter(resources: CWTestSupport.resources, spellCheckers: { _, _ in nil })
        let result = linter.lint(document, configuration: Configuration(), language: "en_US")
        XCTAssertEqual(result.contentWarnings?.categories.map(\.id), ["sexual_violence"])
        XCTAssertTrue(result.findings.contains { $0.rule == "content_warning.missing" && $0.severity == .error })
        let json = JSONOutput.encode(JSONOutput.FileJSON(result))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let warnings = try XCTUnwrap(object["content_warnings"] as? [String: Any])
        XCTAssertEqual(Set(warnings.keys), ["categories", "suggestion", "existing", "domain"])
        let category = try XCTUnwrap((warnings["categories"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(category.keys), ["id", "name", "level", "passages"])
        XCTAssertEqual(category["name"] as? String, "Sexual violence", "the name from categories.tsv")
        let passage = try XCTUnwrap((category["passages"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(passage.keys), ["start_line", "end_line", "graphic", "evidence", "reasons"])
        let suggestion = try XCTUnwrap(warnings["suggestion"] as? [String: Any])
        XCTAssertEqual(Set(suggestion.keys), ["needed", "position", "insert_before_line", "text", "markdown", "html", "placement"])
        XCTAssertEqual(suggestion["position"] as? String, "top")
        let existing = try XCTUnwrap(warnings["existing"] as? [String: Any])
        XCTAssertEqual(Set(existing.keys), ["present", "line", "categories", "problems"])
        XCTAssertTrue(existing["line"] is NSNull)
    }

    func testSwitchingTheFamilyOffDropsTheReport() {
        var config = Configuration()
        for rule in RuleRegistry.contentWarningRules {
            config.rules[rule.description.id] = RuleSettings(enabled: false)
        }
        let document = MiniMarkdown.parse(SourceText("# H\n\nHe raped her.\n"), path: "a.md")
        let result = Linter(resources: CWTestSupport.resources, spellCheckers: { _, _ in nil })
            .lint(document, configuration: config, language: "en_US")
        XCTAssertNil(result.contentWarnings)
    }
}
