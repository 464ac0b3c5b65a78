import CopydeskEngine
import Foundation
import XCTest

/// The real pipeline: pages for every article, written only into the output folder, exit status like lint.
final class ReportSessionTests: XCTestCase {
    func testWritesOnePagePerArticleAndAnIndexIntoTheOutputFolderOnly() throws {
        let work = try SessionSupport.temporaryDirectory()
        let articles = work.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try "The vote was close.\n".write(to: articles.appendingPathComponent("vote.md"), atomically: true, encoding: .utf8)
        try "The goverment said no.\n".write(to: articles.appendingPathComponent("sub/vote.txt"), atomically: true, encoding: .utf8)
        let before = try FileManager.default.subpathsOfDirectory(atPath: work.path).sorted()
        let output = work.appendingPathComponent("out/nested")
        let (outcome, pages) = SessionSupport.run([articles.path], output: output, workingDirectory: work)
        XCTAssertEqual(outcome.written, ["articles/sub/vote.html", "articles/vote.html", "index.html"], "pages mirror the input folders")
        XCTAssertEqual(pages.keys.sorted(), outcome.written)
        let after = try FileManager.default.subpathsOfDirectory(atPath: work.path).sorted()
        XCTAssertEqual(Set(after).subtracting(before), ["out", "out/nested", "out/nested/index.html", "out/nested/articles",
                                                        "out/nested/articles/vote.html", "out/nested/articles/sub",
                                                        "out/nested/articles/sub/vote.html"],
                       "nothing written outside the output folder")
        XCTAssertEqual(outcome.status, .findings, "a misspelling is an error and blocks")
        let index = try XCTUnwrap(pages["index.html"])
        XCTAssertTrue(index.contains("<a href=\"articles/sub/vote.html\">vote.txt</a><span class=\"path\">\(articles.path)/sub/vote.txt</span>"), index)
        XCTAssertTrue(index.contains("<a href=\"articles/vote.html\">"))
        XCTAssertTrue(index.contains("<span class=\"verdict v-blocked\">Blocked</span><span class=\"reason\">1 misspelling</span>"), "the index says why")
        let txt = try XCTUnwrap(pages["articles/sub/vote.html"])
        XCTAssertTrue(txt.contains("<p class=\"crumb\"><a href=\"../../index.html\">All articles</a></p>"), "relative links only")
        XCTAssertTrue(txt.contains("goverment</mark>"), "the misspelling is marked in the text")
        XCTAssertTrue(txt.contains("Try: government"))
        XCTAssertTrue(txt.contains("<a href=\"#f-0\">1:5</a>"), "the findings table links to the mark")
        XCTAssertTrue(txt.contains("<h1>vote.txt</h1>"), "a plain-text article whose first line is a sentence has no headline")
        XCTAssertTrue(txt.contains("<div class=\"blk\" id=\"L1\"><span class=\"ln\" aria-hidden=\"true\">1</span><p>The "))
    }

    func testAPlainTextHeadlineIsItsShortFirstLine() throws {
        let work = try SessionSupport.temporaryDirectory()
        let file = work.appendingPathComponent("storm.txt")
        try "Storm closes the ferry port\n\nThe port closed at noon.\n".write(to: file, atomically: true, encoding: .utf8)
        let (_, pages) = SessionSupport.run([file.path], output: work.appendingPathComponent("r"), workingDirectory: work)
        let page = try XCTUnwrap(pages["storm.html"])
        XCTAssertTrue(page.contains("<h1>Storm closes the ferry port</h1>"))
        XCTAssertTrue(page.contains("<p class=\"a-headline\">Storm closes the ferry port</p>"))
    }

    func testCleanArticleIsReadyAndExitsZero() throws {
        let work = try SessionSupport.temporaryDirectory()
        let file = work.appendingPathComponent("note.txt")
        try "The vote was close.\n".write(to: file, atomically: true, encoding: .utf8)
        let (outcome, pages) = SessionSupport.run([file.path], output: work.appendingPathComponent("r"))
        XCTAssertEqual(outcome.status, .clean)
        XCTAssertTrue(try XCTUnwrap(pages.first { $0.key.hasSuffix("note.html") }?.value).contains("<h2 id=\"verdict\">Ready to publish"))
    }

    func testUnreadableInputExitsTwoAndStillWritesItsPage() throws {
        let work = try SessionSupport.temporaryDirectory()
        let (outcome, pages) = SessionSupport.run([work.appendingPathComponent("missing.md").path], output: work.appendingPathComponent("r"))
        XCTAssertEqual(outcome.status, .failure)
        XCTAssertFalse(outcome.problems.isEmpty)
        XCTAssertTrue(try XCTUnwrap(pages.first { $0.key.hasSuffix("missing.html") }?.value).contains("The file could not be checked"))
    }

    func testPlainLintKeepsNoDocuments() throws {
        let work = try SessionSupport.temporaryDirectory()
        let file = work.appendingPathComponent("a.txt")
        try "Hello there.\n".write(to: file, atomically: true, encoding: .utf8)
        var kept: Bool?
        let runner = LintRunner(options: LintOptions(), resolver: ConfigurationResolver(), dataDirectory: DataDirectory.locate())
        runner.run([.file(file.path)]) { _, result in kept = result.document != nil }
        XCTAssertEqual(kept, false, "lint does not pay for the report")
    }
}
