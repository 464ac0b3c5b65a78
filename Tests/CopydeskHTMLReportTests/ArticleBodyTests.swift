import CopydeskCore
import Foundation
@testable import CopydeskHTMLReport
import XCTest

/// The article as the reader sees it, through the real pipeline (front ends, rules, content warnings) on an
/// invented article: headline and standfirst from the front matter, no front matter as text, structure kept,
/// marks in the right words, the content-warning box before the right paragraph.
final class ArticleBodyTests: XCTestCase {
    /// What went wrong making a page: a missing page or mark fails the tests that need it, never the whole run.
    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    /// Each fixture's page, rendered once through the real session.
    private static let pages: [String: Result<String, Error>] = {
        var out: [String: Result<String, Error>] = [:]
        for name in ["reader.md", "structure.md", "structure-typo.md", "structure.html"] {
            out[name] = Result {
                let output = try SessionSupport.temporaryDirectory()
                let pages = SessionSupport.run([SessionSupport.fixtures.appendingPathComponent(name).path], output: output).1
                // One article a run, so its page keeps its name with .html (no clash to tell apart).
                let file = (name as NSString).deletingPathExtension + ".html"
                guard let page = pages.first(where: { $0.key.hasSuffix("/" + file) || $0.key == file })?.value else {
                    throw Missing(description: "no page \(file) for \(name) among \(pages.keys.sorted())")
                }
                return page
            }
        }
        return out
    }()

    static func page(_ name: String = "reader.md") throws -> String {
        guard let result = pages[name] else { throw Missing(description: "no fixture \(name)") }
        return try result.get()
    }

    /// The article's part of the page, explanations removed, so structure is easy to assert.
    static func article(_ name: String = "reader.md") throws -> String {
        let page = try page(name)
        guard let start = page.range(of: "<div class=\"article\">")?.upperBound,
              let end = page.range(of: "<section aria-labelledby=\"warnings\">")?.lowerBound, start <= end else {
            throw Missing(description: "\(name): no article part in the page")
        }
        var text = String(page[start..<end])
        while let tip = text.range(of: "<span class=\"tip\""), let close = text[tip.upperBound...].range(of: "</span>") {
            text.removeSubrange(tip.lowerBound..<close.upperBound)
        }
        return text
    }

    /// Where `needle` starts in `text`; fails the test (by throwing) when it is not there.
    private func position(of needle: String, in text: String, file: StaticString = #filePath, line: UInt = #line) throws -> String.Index {
        try XCTUnwrap(text.range(of: needle)?.lowerBound, "'\(needle)' is not in the page", file: file, line: line)
    }

    func testHeadlineAndTitleComeFromTheFrontMatter() throws {
        let page = try Self.page(), article = try Self.article()
        XCTAssertTrue(page.contains("<title>Ferry hits the quay at Westhaven · Copydesk report</title>"))
        XCTAssertTrue(page.contains("<h1>Ferry hits the quay at Westhaven</h1>"))
        XCTAssertTrue(article.contains("<p class=\"a-headline\">Ferry hits the quay at <mark"))
        XCTAssertTrue(article.contains("<p class=\"a-standfirst\">Two people were hurt when the morning ferry struck the harbour wall.</p>"))
    }

    func testFrontMatterIsNotShownAsText() throws {
        let article = try Self.article()
        XCTAssertFalse(article.contains("---"))
        XCTAssertFalse(article.contains("lang:"))
        XCTAssertFalse(article.contains("title:"))
        XCTAssertFalse(article.contains("en_gb"))
    }

    func testStructureIsKept() throws {
        let a = try Self.article()
        XCTAssertTrue(a.contains("<h3>What happened</h3>"), "a level-2 heading sits below the page's h2")
        XCTAssertTrue(a.contains("<ul><li id=\"L13\">The harbour is closed.</li><li id=\"L14\">Sailings resume on Monday.</li></ul>"), a)
        XCTAssertTrue(a.contains("<ol><li id=\"L16\">Check the timetable.</li><li id=\"L17\">Book again.</li></ol>"))
        XCTAssertTrue(a.contains("<blockquote><div class=\"blk\" id=\"L19\"><span class=\"ln\" aria-hidden=\"true\">19</span><p>&quot;We heard a loud bang,&quot; said a witness.</p></div>"))
        XCTAssertTrue(a.contains("<p class=\"img\"><span class=\"img-label\">Image</span> alt text: The ferry against the quay wall</p>"))
        XCTAssertTrue(a.contains("Read the <span class=\"link\">harbour notice</span><span class=\"dest\"> (https://example.org/notice)</span> for times."))
        XCTAssertFalse(a.contains("<a href=\"https"), "article links are shown, never followed from the report")
    }

    func testMarksSitOnTheirWordsAndRankBySeverity() throws {
        let a = try Self.article()
        XCTAssertNotNil(a.range(of: #"<mark class="k-passive c-passive s-suggestion" tabindex="0" aria-describedby="tip-\d+" id="f-\d+"><span class="tag" aria-hidden="true">PV</span>was stabbed</mark>"#,
                                options: .regularExpression), a)
        XCTAssertTrue(a.contains("<mark class=\"k-sensitive c-sensitive s-error\""))
        // The language finding is about the front matter: its label sits at the headline, not in the body.
        let headline = try position(of: "a-headline", in: a)
        let access = try position(of: "k-access", in: a)
        let standfirst = try position(of: "a-standfirst", in: a)
        XCTAssertTrue(headline < access && access < standfirst)
    }

    func testContentWarningBoxStandsBeforeTheFirstSensitiveParagraph() throws {
        let a = try Self.article(), page = try Self.page()
        let box = try position(of: "<div class=\"here\" id=\"cw-here\"", in: a)
        let sensitive = try position(of: "<div class=\"blk sensitive\" id=\"L11\">", in: a)
        let first = try position(of: "id=\"L7\"", in: a)
        XCTAssertTrue(first < box && box < sensitive, "after the first paragraph, before the sensitive one")
        XCTAssertEqual(a.components(separatedBy: "cw-here").count - 1, 1, "one box")
        XCTAssertTrue(a.contains("<ul class=\"passages\"><li>Sensitive: Violence · description</li>"))
        XCTAssertTrue(page.contains("<p>Paste this before "), "the verdict says where")
        XCTAssertTrue(page.contains("<pre class=\"paste\"><code>**Content warning:** This article contains descriptions of violence"))
    }

    func testVerdictSentenceLeadsThePage() throws {
        let page = try Self.page()
        let verdict = try position(of: "<h2 id=\"verdict\">Blocked: 1 thing must change before publishing</h2>", in: page)
        XCTAssertLessThan(verdict, try position(of: "<h2 id=\"article\">", in: page))
    }

    /// A front-matter title repeated as the first `# heading` is shown once, as the headline; the page links that
    /// pointed at the heading's line point at the headline.
    func testATitleRepeatedAsTheFirstHeadingIsShownOnce() throws {
        let a = try Self.article("structure.md")
        XCTAssertEqual(a.components(separatedBy: "Council backs the new ferry timetable").count - 1, 1, a)
        XCTAssertTrue(a.contains("<p class=\"a-headline\">Council backs the new ferry timetable</p>"), a)
        XCTAssertFalse(a.contains("<h3>"), "the repeated heading is not shown again")
        // HTML: <title> and the same <h1>.
        let html = try Self.article("structure.html")
        XCTAssertEqual(html.components(separatedBy: "Ferry times change").count - 1, 1, html)
        // A different first heading is kept.
        XCTAssertTrue(try Self.article().contains("<h3>What happened</h3>"))
    }

    /// The marks of both copies stay: a misspelt word in the title and in the heading is two findings, two marks,
    /// both on the headline, and the findings table's links land on it.
    func testTheRepeatedHeadingsMarksMoveToTheHeadline() throws {
        let page = try Self.page("structure-typo.md"), a = try Self.article("structure-typo.md")
        let headline = try XCTUnwrap(a.components(separatedBy: "<p class=\"a-headline\">").dropFirst().first?.components(separatedBy: "</p>").first, a)
        XCTAssertEqual(headline.components(separatedBy: "class=\"k-spelling").count - 1, 2, headline)
        XCTAssertEqual(a.components(separatedBy: "class=\"k-spelling").count - 1, 2, "no mark is lost or doubled")
        XCTAssertTrue(page.contains("<span class=\"tag\">SP</span> Misspelling (2)</label>"), "the kind's count matches its marks")
        XCTAssertEqual(a.components(separatedBy: "Councel").count - 1, 1)
        let anchors = Set(page.matches(of: /href="#(L\d+)"/).map { String($0.1) })
        for anchor in anchors { XCTAssertTrue(page.contains("id=\"\(anchor)\""), "a link to #\(anchor) has its target") }
    }

    /// Inline code shows its text, as code, not "…"; nothing marks it (it is never spell-checked).
    func testInlineCodeShowsItsTextAsCode() throws {
        let a = try Self.article("structure.md")
        XCTAssertTrue(a.contains("Run <code class=\"inline\">copydesk lint --fix story.md</code> or set <code class=\"inline\">fail_level: warning</code> before you publish."), a)
        XCTAssertFalse(a.contains("…"), a)
        XCTAssertFalse(a.contains("<mark class=\"k-spelling"), "code is not spell-checked")
        XCTAssertTrue(try Self.article("structure.html").contains("Use <code class=\"inline\">copydesk report</code> to see the page."))
        // An autolink shows its address once.
        XCTAssertEqual(a.components(separatedBy: "https://example.org/times").count - 1, 1, a)
    }

    func testPlaceholdersAreReadFromTheirSource() {
        XCTAssertEqual(Placeholder.classify("`a`"), .code("a"))
        XCTAssertEqual(Placeholder.classify("`` `x` ``"), .code("`x`"))
        XCTAssertEqual(Placeholder.classify("` `"), .code(" "))
        XCTAssertEqual(Placeholder.classify("<code>a &lt;b&gt; &amp; c</code>"), .code("a <b> & c"))
        XCTAssertEqual(Placeholder.classify("<KBD>Ctrl</KBD>"), .code("Ctrl"))
        XCTAssertEqual(Placeholder.classify("![alt](x.png)"), .nothing)
        XCTAssertEqual(Placeholder.classify("<https://a.example>"), .text("https://a.example"))
        XCTAssertNil(Placeholder.classify("<span>?</span>"))
    }

    /// Nested lists keep their nesting as nested ul/ol, in the item they belong to; a further paragraph of an item
    /// stays in it; a list after it is its own.
    func testNestedListsKeepTheirNesting() throws {
        let a = try Self.article("structure.md")
        XCTAssertTrue(a.contains("<ul><li id=\"L12\">Morning sailings<ul><li id=\"L13\">The first ferry leaves at 6am.</li>"
            + "<li id=\"L14\">The last one at 11am.<ol><li id=\"L15\">Weekdays only.</li><li id=\"L16\">Not on bank holidays.</li></ol></li></ul></li>"
            + "<li id=\"L17\">Evening sailings<p id=\"L19\">They start in June.</p></li></ul>"
            + "<ol><li id=\"L21\">Check the timetable.</li><li id=\"L22\">Book again.</li></ol>"), a)
        let html = try Self.article("structure.html")
        XCTAssertTrue(html.contains("<ul><li id=\"L8\">Morning sailings<ol><li id=\"L10\">The first ferry leaves at 6am.</li>"
            + "<li id=\"L11\">The last one at 11am.</li></ol></li><li id=\"L14\">Evening sailings</li></ul>"), html)
    }

    func testHeadingLevelsNeverSkip() {
        var mapper = LevelMapper()
        XCTAssertEqual([2, 4, 4, 2, 3, 6].map { mapper.level(for: $0) }, [3, 4, 4, 3, 4, 5])
    }

    func testSourceOffsetsMapIntoTheBlockText() {
        // "a &amp; b" → "a & b": the entity is one non-verbatim piece.
        let block = Block(kind: .paragraph, text: "a & b", pieces: [
            Piece(textStart: 0, textLength: 2, sourceStart: 10, sourceLength: 2, verbatim: true),
            Piece(textStart: 2, textLength: 1, sourceStart: 12, sourceLength: 5, verbatim: false),
            Piece(textStart: 3, textLength: 2, sourceStart: 17, sourceLength: 2, verbatim: true),
        ], sourceRange: 10..<19)
        XCTAssertEqual(ArticleBody.textOffset(block, source: 10, isEnd: false), 0)
        XCTAssertEqual(ArticleBody.textOffset(block, source: 14, isEnd: false), 2, "inside an entity: its start")
        XCTAssertEqual(ArticleBody.textOffset(block, source: 14, isEnd: true), 3, "inside an entity: its end")
        XCTAssertEqual(ArticleBody.textOffset(block, source: 18, isEnd: false), 4)
        XCTAssertEqual(ArticleBody.textOffset(block, source: 19, isEnd: true), 5)
        XCTAssertEqual(ArticleBody.textOffset(block, source: 5, isEnd: false), 0, "before the block: its start")
    }
}
