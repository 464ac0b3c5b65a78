import CopydeskCore
@testable import CopydeskHTMLReport
import XCTest

/// The index for a large run: paged a hundred rows a page (every page reachable without JavaScript), blocked
/// first, the first page under 2 MB with every article as data for the filters.
final class IndexScaleTests: XCTestCase {
    static func results(_ n: Int) -> [HTMLReportArticle] {
        (0..<n).map { i in
            let path = "archive/\(2000 + i % 25)/section-\(i % 7)/story-\(i).md"
            let severity: Severity = i % 5 == 0 ? .error : (i % 3 == 0 ? .warning : .suggestion)
            let finding = Finding(rule: i % 5 == 0 ? "spelling.misspelling" : "readability.hard_sentence", severity: severity,
                                  start: 0, end: 4, line: 1, column: 1, endLine: 1, endColumn: 5, match: "Word",
                                  message: "Check the word 'Word'")
            var result = FileResult(path: path, language: "en_GB", syntax: .markdown, findings: [finding])
            var scores = ReadabilityScores()
            scores.consensusGrade = Double(i % 140) / 10
            result.readability = ReadabilityReport(counts: ReadabilityCounts(), scores: scores, readingTimeSeconds: 60,
                                                   sections: [], paragraphs: [])
            if i % 11 == 0 {
                result.contentWarnings = ContentWarningReport(
                    categories: [.init(id: "violence_gore", level: .mention, passages: [])],
                    suggestion: .init(needed: false, position: nil, insertBeforeLine: nil, text: "", markdown: "", html: ""),
                    existing: .init(present: false, line: nil, categories: [], problems: []))
            }
            let title = "Headline number \(i) about the harbour board's long review of the ferry timetable"
            let text = "---\ntitle: \(title)\n---\n\nWord.\n"
            let block = Block(kind: .frontMatter, field: "title", text: title,
                              pieces: [Piece(textStart: 0, textLength: title.utf8.count, sourceStart: 11, sourceLength: title.utf8.count, verbatim: true)],
                              sourceRange: 11..<(11 + title.utf8.count))
            result.document = Document(path: path, syntax: .markdown, source: SourceText(text), blocks: [block])
            return HTMLReportArticle(result: result, targetGrade: 9)
        }
    }

    func testFiveThousandArticlesArePagedUnderTwoMegabytes() throws {
        // The index's rows from each article's page data (the pages themselves are not rendered here: that is
        // the time-consuming part and is measured by scripts/bench-report.sh).
        let articles = Self.results(5000)
        let names = FileNaming.pagePaths(for: articles.map(\.result.path))
        let rows = zip(articles, names).map { article, name in
            IndexRow(page: ArticlePageBuilder(article: article, options: ReportFixtures.options, indexLink: nil).build(), href: name)
        }
        let pages = HTMLReport.indexPages(rows, options: ReportFixtures.options)
        let indexes = pages.keys.sorted()
        XCTAssertEqual(indexes.count, 50)
        XCTAssertEqual(Set(indexes), Set((1...50).map(IndexPage.fileName)))
        let first = try XCTUnwrap(pages["index.html"])
        XCTAssertLessThan(first.utf8.count, 2_000_000, "the first index page with every article as data")
        XCTAssertEqual(first.components(separatedBy: "<tr><th scope=\"row\"").count - 1, 100, "a hundred rows in the HTML")
        XCTAssertTrue(first.contains("<a href=\"index-50.html\">50</a>"), "every page is linked, for reading without JavaScript")
        let data = try XCTUnwrap(first.range(of: "id=\"index-data\">")).upperBound
        XCTAssertEqual(first[data...].prefix { $0 != "<" }.components(separatedBy: "\n").count, 5000, "one data line per article")
        // Blocked first: the first page holds only blocked articles (1,000 of the 5,000 are).
        XCTAssertEqual(first.components(separatedBy: "<span class=\"verdict v-blocked\">").count - 1, 100)
        let later = try XCTUnwrap(pages["index-20.html"])
        XCTAssertLessThan(later.utf8.count, 200_000, "later pages carry no data")
        XCTAssertTrue(later.contains("<a href=\"index-20.html\" aria-current=\"page\"><strong>20</strong></a>"))
        XCTAssertTrue(later.contains("href=\"archive/"), "rows link to the mirrored pages")
    }
}
