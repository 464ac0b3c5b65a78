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
        let (outcome, pages) = SessionSupport.run([articles.path], output: output)
        XCTAssertEqual(outcome.written, ["index.html", "vote-2.html", "vote.html"])
        XCTAssertEqual(pages.keys.sorted(), outcome.written)
        let after = try FileManager.default.subpathsOfDirectory(atPath: work.path).sorted()
        XCTAssertEqual(Set(after).subtracting(before), ["out", "out/nested", "out/nested/index.html", "out/nested/vote.html", "out/nested/vote-2.html"],
                       "nothing written outside the output folder")
        XCTAssertEqual(outcome.status, .findings, "a misspelling is an error and blocks")
        let index = try XCTUnwrap(pages["index.html"])
        XCTAssertTrue(index.contains("<a href=\"vote.html\">"))
        XCTAssertTrue(index.contains("<a href=\"vote-2.html\">"))
        // Folders are walked in sorted order: `sub/vote.txt` comes before `vote.md` and gets the plain name.
        XCTAssertTrue(index.contains("<a href=\"vote.html\">\(articles.path)/sub/vote.txt</a>"), index)
        let txt = try XCTUnwrap(pages["vote.html"])
        XCTAssertTrue(txt.contains(">goverment</mark>"), "the misspelling is marked in the text")
        XCTAssertTrue(txt.contains("Try: government"))
        XCTAssertTrue(txt.contains("<a href=\"#L1\">1:5</a>"), "the findings table links into the text")
        XCTAssertTrue(txt.contains("<li id=\"L1\">"))
    }

    func testCleanArticleIsReadyAndExitsZero() throws {
        let work = try SessionSupport.temporaryDirectory()
        let file = work.appendingPathComponent("note.txt")
        try "The vote was close.\n".write(to: file, atomically: true, encoding: .utf8)
        let (outcome, pages) = SessionSupport.run([file.path], output: work.appendingPathComponent("r"))
        XCTAssertEqual(outcome.status, .clean)
        XCTAssertTrue(try XCTUnwrap(pages["note.html"]).contains("<strong class=\"verdict v-ready\">Ready</strong>"))
    }

    func testUnreadableInputExitsTwoAndStillWritesItsPage() throws {
        let work = try SessionSupport.temporaryDirectory()
        let (outcome, pages) = SessionSupport.run([work.appendingPathComponent("missing.md").path], output: work.appendingPathComponent("r"))
        XCTAssertEqual(outcome.status, .failure)
        XCTAssertFalse(outcome.problems.isEmpty)
        XCTAssertTrue(try XCTUnwrap(pages["missing.html"]).contains("This file could not be checked"))
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
