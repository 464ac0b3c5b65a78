import CopydeskCore
@testable import CopydeskHTMLReport
import XCTest

/// The article as the reader sees it, through the real pipeline (front ends, rules, content warnings) on an
/// invented article: headline and standfirst from the front matter, no front matter as text, structure kept,
/// marks in the right words, the content-warning box before the right paragraph.
final class ArticleBodyTests: XCTestCase {
    static let page: String = {
        let output = try! SessionSupport.temporaryDirectory()
        let pages = SessionSupport.run([SessionSupport.fixtures.appendingPathComponent("reader.md").path], output: output).1
        return pages.first { $0.key.hasSuffix("reader.html") }!.value
    }()

    /// The article's part of the page, explanations removed, so structure is easy to assert.
    static var article: String {
        let start = page.range(of: "<div class=\"article\">")!.upperBound
        let end = page.range(of: "<section aria-labelledby=\"warnings\">")!.lowerBound
        var text = String(page[start..<end])
        while let tip = text.range(of: "<span class=\"tip\""), let close = text[tip.upperBound...].range(of: "</span>") {
            text.removeSubrange(tip.lowerBound..<close.upperBound)
        }
        return text
    }

    func testHeadlineAndTitleComeFromTheFrontMatter() {
        XCTAssertTrue(Self.page.contains("<title>Ferry hits the quay at Westhaven · Copydesk report</title>"))
        XCTAssertTrue(Self.page.contains("<h1>Ferry hits the quay at Westhaven</h1>"))
        XCTAssertTrue(Self.article.contains("<p class=\"a-headline\">Ferry hits the quay at <mark"))
        XCTAssertTrue(Self.article.contains("<p class=\"a-standfirst\">Two people were hurt when the morning ferry struck the harbour wall.</p>"))
    }

    func testFrontMatterIsNotShownAsText() {
        XCTAssertFalse(Self.article.contains("---"))
        XCTAssertFalse(Self.article.contains("lang:"))
        XCTAssertFalse(Self.article.contains("title:"))
        XCTAssertFalse(Self.article.contains("en_gb"))
    }

    func testStructureIsKept() {
        let a = Self.article
        XCTAssertTrue(a.contains("<h3>What happened</h3>"), "a level-2 heading sits below the page's h2")
        XCTAssertTrue(a.contains("<ul><li id=\"L13\">The harbour is closed.</li><li id=\"L14\">Sailings resume on Monday.</li></ul>"), a)
        XCTAssertTrue(a.contains("<ol><li id=\"L16\">Check the timetable.</li><li id=\"L17\">Book again.</li></ol>"))
        XCTAssertTrue(a.contains("<blockquote><div class=\"blk\" id=\"L19\"><span class=\"ln\" aria-hidden=\"true\">19</span><p>&quot;We heard a loud bang,&quot; said a witness.</p></div>"))
        XCTAssertTrue(a.contains("<p class=\"img\"><span class=\"img-label\">Image</span> alt text: The ferry against the quay wall</p>"))
        XCTAssertTrue(a.contains("Read the <span class=\"link\">harbour notice</span><span class=\"dest\"> (https://example.org/notice)</span> for times."))
        XCTAssertFalse(a.contains("<a href=\"https"), "article links are shown, never followed from the report")
    }

    func testMarksSitOnTheirWordsAndRankBySeverity() {
        let a = Self.article
        XCTAssertNotNil(a.range(of: #"<mark class="k-passive c-passive s-suggestion" tabindex="0" aria-describedby="tip-\d+" id="f-\d+"><span class="tag" aria-hidden="true">PV</span>was stabbed</mark>"#,
                                options: .regularExpression), a)
        XCTAssertTrue(a.contains("<mark class=\"k-sensitive c-sensitive s-error\""))
        // The language finding is about the front matter: its label sits at the headline, not in the body.
        let headline = a.range(of: "a-headline")!.lowerBound
        let access = a.range(of: "k-access")!.lowerBound
        let standfirst = a.range(of: "a-standfirst")!.lowerBound
        XCTAssertTrue(headline < access && access < standfirst)
    }

    func testContentWarningBoxStandsBeforeTheFirstSensitiveParagraph() {
        let a = Self.article
        let box = a.range(of: "<div class=\"here\" id=\"cw-here\"")!.lowerBound
        let sensitive = a.range(of: "<div class=\"blk sensitive\" id=\"L11\">")!.lowerBound
        let first = a.range(of: "id=\"L7\"")!.lowerBound
        XCTAssertTrue(first < box && box < sensitive, "after the first paragraph, before the sensitive one")
        XCTAssertEqual(a.components(separatedBy: "cw-here").count - 1, 1, "one box")
        XCTAssertTrue(a.contains("<ul class=\"passages\"><li>Sensitive: Violence · description</li>"))
        XCTAssertTrue(Self.page.contains("<p>Paste this before "), "the verdict says where")
        XCTAssertTrue(Self.page.contains("<pre class=\"paste\"><code>**Content warning:** This article contains descriptions of violence"))
    }

    func testVerdictSentenceLeadsThePage() {
        let verdict = Self.page.range(of: "<h2 id=\"verdict\">Blocked: 1 thing must change before publishing</h2>")
        XCTAssertNotNil(verdict)
        XCTAssertLessThan(verdict!.lowerBound, Self.page.range(of: "<h2 id=\"article\">")!.lowerBound)
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
