import CopydeskCore
import CopydeskRules
import XCTest

/// Accessibility rules with the rest of the pipeline: spelling, content warnings, configuration.
final class AccessibilityPipelineTests: XCTestCase {
    private let header = "---\ntitle: Storm hits coast\nlang: en-US\n---\n\n"

    private func lint(_ markdown: String, _ configuration: Configuration = Configuration()) throws -> FileResult {
        try RuleExampleHarness.lint(markdown, configuration: configuration).1
    }

    private func config(_ yaml: String) throws -> Configuration {
        try Configuration.parse("version: 1\n" + yaml, path: "/tmp/copydesk-a11y-test/.copydesk.yml")
    }

    func testTwentyAccessibilityRulesEachNamingItsWCAGCriterion() {
        let rules = RuleRegistry.all.map { $0.description }.filter { $0.family == "accessibility" }
        XCTAssertEqual(rules.count, 20)
        for rule in rules {
            let reference = try? XCTUnwrap(rule.reference, rule.id)
            XCTAssertTrue(reference?.hasPrefix("WCAG 2.2 SC ") == true, rule.id)
            XCTAssertTrue(rule.description.contains("WCAG 2.2 SC"), "\(rule.id): the description names the criterion")
            let number = reference?.split(separator: " ").dropFirst(3).first.map(String.init) ?? "?"
            XCTAssertTrue(rule.description.contains(number), "\(rule.id): description and reference name \(number)")
        }
    }

    func testAltTextIsSpellChecked() throws {
        let result = try lint(header + "![Volunters fill sandbags](sandbags.jpg)\n")
        let spelling = result.findings.filter { $0.rule == "spelling.misspelling" }
        XCTAssertEqual(spelling.map(\.match), ["Volunters"])
    }

    func testGraphicAltTextNeedsAContentWarning() throws {
        let body = "Police closed the street on Monday.\n\n"
            + "![A man lies in a pool of blood after the stabbing, his throat was slit](scene.jpg)\n\n"
            + "The investigation continues.\n"
        let withImage = try XCTUnwrap(try lint(header + body).contentWarnings)
        XCTAssertTrue(withImage.suggestion.needed, "a graphic alt text alone calls for a warning")
        XCTAssertTrue(withImage.categories.contains { $0.passages.contains { $0.graphic } })
        let without = try XCTUnwrap(try lint(header + "Police closed the street on Monday.\n\nThe investigation continues.\n").contentWarnings)
        XCTAssertFalse(without.suggestion.needed)
    }

    func testAbbreviationsAreNotAlsoSpellingFindings() throws {
        let result = try lint(header + "The WFTU and the ZZQX backed the strike. The BLAHBLAHX did not.\n")
        let abbreviations = result.findings.filter { $0.rule == "accessibility.abbreviation_unexpanded" }.map(\.match)
        let spelling = result.findings.filter { $0.rule.hasPrefix("spelling.") }.map(\.match)
        XCTAssertEqual(abbreviations, ["WFTU", "ZZQX"])
        XCTAssertEqual(Set(abbreviations).intersection(spelling), [])
        XCTAssertTrue(spelling.contains("BLAHBLAHX"), "too long for an acronym: spelling checks it, \(spelling)")
    }

    func testAbbreviationsLearnedFromConfigurationAndFrontMatterOrder() throws {
        let text = header + "The WFTU said so.\n"
        XCTAssertEqual(try lint(text).findings.filter { $0.rule == "accessibility.abbreviation_unexpanded" }.count, 1)
        let configured = try config("accessibility:\n  abbreviations: {WFTU: World Federation of Trade Unions}\n")
        XCTAssertEqual(try lint(text, configured).findings.filter { $0.rule == "accessibility.abbreviation_unexpanded" }.count, 0)
    }

    func testExtraAbbreviationListIsReadRelativeToTheConfigFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-a11y-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "# house list\nWFTU\tWorld Federation of Trade Unions\n".write(to: dir.appendingPathComponent("abbr.tsv"), atomically: true, encoding: .utf8)
        let configuration = try Configuration.parse("version: 1\naccessibility:\n  extra_abbreviation_lists: [abbr.tsv]\n",
                                                    path: dir.appendingPathComponent(".copydesk.yml").path)
        let result = try lint(header + "The WFTU said so.\n", configuration)
        XCTAssertEqual(result.findings.filter { $0.rule == "accessibility.abbreviation_unexpanded" }.count, 0)
    }

    func testThresholdsComeFromConfiguration() throws {
        let text = header + "## What the council said about the bridge\n\nWe MUST ACT NOW.\n\n![Short alt text goes here](a.jpg)\n"
        XCTAssertEqual(try lint(text).findings.filter { $0.rule == "accessibility.heading_long" }.count, 0)
        XCTAssertEqual(try lint(text).findings.filter { $0.rule == "accessibility.all_caps" }.map(\.match), ["MUST ACT NOW"])
        let strict = try config("accessibility:\n  heading_max_words: 4\n  all_caps_min_words: 4\n  alt_text_max_length: 20\n")
        let result = try lint(text, strict)
        XCTAssertEqual(result.findings.filter { $0.rule == "accessibility.heading_long" }.count, 1)
        XCTAssertEqual(result.findings.filter { $0.rule == "accessibility.all_caps" }.count, 0)
        XCTAssertEqual(result.findings.filter { $0.rule == "accessibility.image_alt_long" }.map(\.match), ["Short alt text goes here"])
    }

    func testLanguageRequirementCanBeSwitchedOff() throws {
        let text = "---\ntitle: Storm hits coast\n---\n\nText.\n"
        XCTAssertEqual(try lint(text).findings.filter { $0.rule == "accessibility.page_language" }.count, 1)
        let relaxed = try config("accessibility:\n  require_language: false\n")
        XCTAssertEqual(try lint(text, relaxed).findings.filter { $0.rule == "accessibility.page_language" }.count, 0)
        let plain = try RuleExampleHarness.lint("Storm hits coast.\n", syntax: .text).1
        XCTAssertEqual(plain.findings.filter { $0.rule == "accessibility.page_language" }.count, 0, "plain text cannot declare it")
        let fragment = try lint("Storm hits coast.\n")
        XCTAssertEqual(fragment.findings.filter { $0.rule == "accessibility.page_language" }.count, 0, "a fragment has no front matter")
    }

    func testConfiguredLinkTextsAndSensoryPhrases() throws {
        let text = header + "Details are [over there](https://ex.org/a). Tap the blinking star to vote.\n"
        XCTAssertEqual(try lint(text).findings.filter { $0.rule.hasPrefix("accessibility.link_text_vague") }.count, 0)
        let configured = try config("accessibility:\n  vague_link_texts: [over there]\n  sensory_phrases: [the blinking star]\n")
        let result = try lint(text, configured)
        XCTAssertEqual(result.findings.filter { $0.rule == "accessibility.link_text_vague" }.map(\.match), ["over there"])
        XCTAssertEqual(result.findings.filter { $0.rule == "accessibility.sensory_instruction" }.map(\.match), ["the blinking star"])
    }

    func testMessagesQuoteTheirMatchAndEndWithoutAPeriod() throws {
        let text = "# Storm\n\n# SECOND ONE HERE\n\n![](a.png) ![IMG_1.png](IMG_1.png) Click [here](https://ex.org). The QXZ said I ❤️ it.\n"
        let findings = try lint(text).findings.filter { $0.rule.hasPrefix("accessibility.") }
        XCTAssertGreaterThanOrEqual(Set(findings.map(\.rule)).count, 7, "\(findings.map(\.rule))")
        for finding in findings {
            XCTAssertFalse(finding.message.hasSuffix("."), finding.message)
        }
    }

    func testEmptyHeadingFromTheFrontEnd() throws {
        let result = try lint(header + "## Damage\n\nText.\n\n###\n\nMore.\n")
        let empty = result.findings.filter { $0.rule == "accessibility.heading_empty" }
        XCTAssertEqual(empty.map(\.line), [10])
    }

    func testFakeListsOnlyWhereListMarkupExists() throws {
        let body = "The council will:\n• repair the bridge\n• add a bus lane\n"
        XCTAssertEqual(try lint(header + body).findings.filter { $0.rule == "accessibility.fake_list" }.map(\.line), [7])
        let plain = try RuleExampleHarness.lint(body, syntax: .text).1
        XCTAssertEqual(plain.findings.filter { $0.rule == "accessibility.fake_list" }.count, 0)
    }
}

/// docs/accessibility.md must not drift from the rule list.
final class AccessibilityDocsTests: XCTestCase {
    func testEveryRuleAndItsCriterionIsDocumented() throws {
        let docs = try String(contentsOf: RuleExampleHarness.packageRoot.appendingPathComponent("docs/accessibility.md"), encoding: .utf8)
        for rule in RuleRegistry.all.map({ $0.description }) where rule.family == "accessibility" {
            let row = try XCTUnwrap(docs.split(separator: "\n").first { $0.contains("`\(rule.id)`") }, "\(rule.id) is not in docs/accessibility.md")
            let criterion = (rule.reference ?? "").replacingOccurrences(of: "WCAG 2.2 SC ", with: "")
            XCTAssertTrue(row.contains(criterion), "\(rule.id): docs row should name \(criterion)")
        }
    }
}

/// The word lists are data an editor reads: check their shape.
final class AccessibilityDataTests: XCTestCase {
    private func lines(_ name: String) throws -> [String] {
        let url = RuleExampleHarness.packageRoot.appendingPathComponent("Dictionaries/accessibility/\(name)")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
            .filter { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    func testAbbreviationListHasAtLeast150UniqueEntriesWithExpansions() throws {
        let entries = try lines("abbreviations.tsv").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        XCTAssertGreaterThanOrEqual(entries.count, 150)
        XCTAssertTrue(entries.allSatisfy { $0.count == 2 && !$0[0].isEmpty && !$0[1].isEmpty }, "ABBR<TAB>Expansion")
        let names = entries.map { String($0[0]) }
        XCTAssertEqual(names.count, Set(names).count, "duplicate abbreviations")
        for known in ["UN", "NASA", "NATO", "FBI", "BBC", "NHS", "EU", "US", "UK", "GDP", "CEO", "UPI"] {
            XCTAssertTrue(names.contains(known), known)
        }
    }

    func testListsAreLowerCaseWhereTheyAreComparedInLowerCase() throws {
        for name in ["vague-link-texts.txt", "sensory-phrases.txt", "alt-text-prefixes.txt", "file-extensions.txt"] {
            let entries = try lines(name)
            XCTAssertFalse(entries.isEmpty, name)
            XCTAssertEqual(entries, entries.map { $0.lowercased() }, name)
        }
    }
}
