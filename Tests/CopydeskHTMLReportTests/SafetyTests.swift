@testable import CopydeskHTMLReport
import CopydeskRules
import Foundation
import XCTest

/// Hostile article text comes out escaped; pages load nothing from anywhere.
final class SafetyTests: XCTestCase {
    static let hostile: [String: String] = {
        let output = try! SessionSupport.temporaryDirectory()
        return SessionSupport.run([SessionSupport.fixtures.appendingPathComponent("hostile.md").path], output: output).1
    }()

    func testHostileTextIsEscaped() throws {
        let page = try XCTUnwrap(Self.hostile.first { $0.key.hasSuffix("hostile.html") }?.value)
        XCTAssertEqual(page.components(separatedBy: "<script").count - 1, 1, "only the page's own script element")
        XCTAssertTrue(page.contains("<h1>Ferry &lt;script&gt;window.__pwned = 1"), "the headline's script is shown as text")
        XCTAssertTrue(page.contains("<p class=\"a-standfirst\">Quotes &quot; and tags &lt;<mark"), "the standfirst's tag is text")
        XCTAssertTrue(page.contains("=&quot;window.__pwned=2&quot;&gt; in front matter</p>"))
        XCTAssertFalse(page.contains("<img"), "no image element from the article")
        XCTAssertFalse(page.contains("<iframe"))
        XCTAssertFalse(page.contains("<svg onload"))
        XCTAssertFalse(page.contains("<style>body"), "the article's style element is text")
        XCTAssertFalse(page.contains("<a href=\"javascript"))
        XCTAssertEqual(page.components(separatedBy: "<title>").count - 1, 1)
        XCTAssertFalse(page.contains("window.__pwned=9"), "front matter that is not prose is not shown")
        XCTAssertTrue(page.contains("<span class=\"dest\"> (javascript:window.__pwned=4)</span>"), "a link's destination is text, never a link")
    }

    func testIndexDataCannotEndItsScriptElement() throws {
        let index = try XCTUnwrap(Self.hostile["index.html"])
        XCTAssertEqual(index.components(separatedBy: "<script").count - 1, 2, "the data block and the page's own script")
        XCTAssertEqual(index.components(separatedBy: "</script").count - 1, 2)
        let start = try XCTUnwrap(index.range(of: "<script type=\"application/json\" id=\"index-data\">"))
        let data = index[start.upperBound...].prefix { $0 != "<" }
        XCTAssertTrue(data.contains("Ferry \\u003cscript\\u003ewindow.__pwned = 1"), String(data))
        XCTAssertTrue(index.contains("<a href=\""), "the first page is in the HTML, for reading without JavaScript")
        XCTAssertEqual(JSONText.string("a\"b\\c</script>\u{2028}\u{1}"), "\"a\\\"b\\\\c\\u003c/script\\u003e\\u2028\\u0001\"")
    }

    func testNoHrefOrSrcLeavesThePage() throws {
        for (name, page) in Self.hostile.merging(HTMLReport.render([ReportFixtures.article()], options: ReportFixtures.options), uniquingKeysWith: { a, _ in a }) {
            for attribute in ["href", "src", "action", "formaction", "xlink:href", "srcset", "poster"] {
                for value in Self.values(of: attribute, in: page) {
                    let relativePage = value.hasSuffix(".html") && !value.hasPrefix("/") && !value.contains(":") && !value.contains("//")
                    XCTAssertTrue(value.hasPrefix("#") || relativePage, "\(name): \(attribute)=\"\(value)\" would leave the report")
                }
            }
            XCTAssertFalse(page.contains("<link"), name)
            XCTAssertFalse(page.contains("@import"), name)
            XCTAssertFalse(page.contains("url("), name)
        }
    }

    func testContentSecurityPolicyAllowsOnlyThePagesOwnStyleAndScript() throws {
        let policy = HTMLReport.contentSecurityPolicy(RuleRegistry.reportGroups)
        XCTAssertTrue(policy.hasPrefix("default-src 'none';"))
        XCTAssertFalse(policy.contains("unsafe-inline"))
        XCTAssertTrue(policy.contains("style-src 'sha256-"))
        XCTAssertTrue(policy.contains("script-src 'sha256-"))
        let page = try XCTUnwrap(Self.hostile["index.html"])
        let meta = "<meta http-equiv=\"Content-Security-Policy\" content=\"\(policy.replacingOccurrences(of: "'", with: "&#39;"))\">"
        XCTAssertTrue(page.contains(meta), "the policy is in a meta tag")
        XCTAssertTrue(page.contains("<style>\(Stylesheet.css(RuleRegistry.reportGroups))</style>"), "the hashed stylesheet is inlined unchanged")
        XCTAssertTrue(page.contains("<script>\(Script.js)</script>"), "the hashed script is inlined unchanged")
    }

    func testSHA256MatchesKnownDigests() {
        func hex(_ s: String) -> String { SHA256.digest(Array(s.utf8)).map { String(format: "%02x", $0) }.joined() }
        XCTAssertEqual(hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(hex(String(repeating: "a", count: 1000)),
                       "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        XCTAssertEqual(SHA256.cspSource("abc"), "'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='")
    }

    /// Every value of `attribute="…"` in the page.
    static func values(of attribute: String, in page: String) -> [String] {
        var values: [String] = []
        var rest = Substring(page)
        let needle = " \(attribute)=\""
        while let range = rest.range(of: needle) {
            let after = rest[range.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            values.append(String(after[..<end]))
            rest = after[end...]
        }
        return values
    }
}
