import CopydeskCore
import XCTest

/// HTML behaviour of the accessibility rules, through the real pipeline (libxml2 front end, hunspell, linter).
final class AccessibilityHTMLTests: XCTestCase {
    private func findings(_ html: String, _ rule: String) throws -> [Finding] {
        try RuleExampleHarness.lint(html, syntax: .html).1.findings.filter { $0.rule == rule }
    }

    private func page(_ body: String, lang: String? = "en-GB", title: String = "Storm hits coast") -> String {
        let attribute = lang.map { " lang=\"\($0)\"" } ?? ""
        return "<!DOCTYPE html>\n<html\(attribute)>\n<head><title>\(title)</title></head>\n<body>\n\(body)\n</body>\n</html>\n"
    }

    func testImageWithoutAltIsAnErrorButEmptyAltIsDecorative() throws {
        let html = page("<p>Before <img src=\"a.jpg\"> and <img src=\"rule.png\" alt=\"\"> and <img src=\"b.jpg\" alt=\"Flooded road\">.</p>")
        let found = try findings(html, "accessibility.image_alt_missing")
        XCTAssertEqual(found.map(\.match), ["<img src=\"a.jpg\">"])
        XCTAssertEqual(found.first?.severity, .error)
        XCTAssertEqual(found.first?.message, "Add alt text describing 'a.jpg'")
    }

    func testAltTextFileNameAndPrefixInHTML() throws {
        let html = page("<p><img src=\"x/DSC_0042.JPG\" alt=\"DSC_0042.JPG\"> <img src=\"m.jpg\" alt=\"Photo of the mayor\"></p>")
        XCTAssertEqual(try findings(html, "accessibility.image_alt_filename").map(\.match), ["DSC_0042.JPG"])
        let prefix = try findings(html, "accessibility.image_alt_redundant_prefix")
        XCTAssertEqual(prefix.map(\.match), ["Photo of"])
        XCTAssertEqual(prefix.first?.suggestions, ["The mayor"])
    }

    func testNewWindowLinksMustSaySo() throws {
        let html = page("""
            <p><a href="https://ex.org/a" target="_blank">the report</a>,
            <a href="https://ex.org/b" target="_blank" title="Opens in a new tab">the budget</a>,
            <a href="https://ex.org/c">the minutes</a>.</p>
            """)
        let found = try findings(html, "accessibility.link_new_window")
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found[0].match, "the report")
        XCTAssertEqual(found[0].message, "Say that 'the report' opens in a new window, or open it in the same one")
    }

    func testHTMLLanguageComesFromTheHtmlElement() throws {
        XCTAssertEqual(try findings(page("<p>Text.</p>"), "accessibility.page_language").count, 0)
        let missing = try findings(page("<p>Text.</p>", lang: nil), "accessibility.page_language")
        XCTAssertEqual(missing.map(\.line), [1])
        XCTAssertEqual(missing.first?.message, "Declare the article's language: add <html lang=\"…\">")
        let invalid = try findings(page("<p>Text.</p>", lang: "en_US"), "accessibility.page_language")
        XCTAssertEqual(invalid.map(\.match), ["en_US"])
        XCTAssertEqual(invalid.first?.suggestions, ["en-US"])
        XCTAssertEqual(try findings(page("<p>Text.</p>", lang: "zh-Hant-TW"), "accessibility.page_language").count, 0)
    }

    func testTablesWithoutHeaderCells() throws {
        let html = page("""
            <table><tr><td>Yes</td><td>9</td></tr></table>
            <table><tr><th>Vote</th><th>Count</th></tr><tr><td>No</td><td>4</td></tr></table>
            """)
        XCTAssertEqual(try findings(html, "accessibility.table_no_header").count, 1)
    }

    func testHeadingOutlineAndTitleInHTML() throws {
        let html = page("<h1>Storm hits coast</h1>\n<p>Text.</p>\n<h3>Roads</h3>\n<p>Text.</p>\n<h1>Help</h1>",
                        title: "Storm hits coast | Westhaven Echo")
        XCTAssertEqual(try findings(html, "accessibility.heading_skipped_level").map(\.match), ["Roads"])
        XCTAssertEqual(try findings(html, "accessibility.heading_multiple_h1").map(\.match), ["Help"])
        XCTAssertEqual(try findings(html, "accessibility.heading_title_mismatch").count, 0)
        let other = page("<h1>Council backs bridge plan</h1><p>Text.</p>")
        XCTAssertEqual(try findings(other, "accessibility.heading_title_mismatch").map(\.match), ["Council backs bridge plan"])
    }

    func testFakeListWithBreaksInHTML() throws {
        let html = page("<p>The council will:<br>• repair the bridge<br>• add a bus lane</p>")
        let found = try findings(html, "accessibility.fake_list")
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.message, "Make these 2 lines a list")
    }

    func testEmptyHTMLHeading() throws {
        let html = page("<h1>Storm hits coast</h1>\n<p>Text.</p>\n<h2></h2>\n<p>More.</p>")
        let found = try findings(html, "accessibility.heading_empty")
        XCTAssertEqual(found.map(\.match), ["<h2></h2>"])
        XCTAssertEqual(found.first?.message, "Give the heading text or remove it")
    }
}
