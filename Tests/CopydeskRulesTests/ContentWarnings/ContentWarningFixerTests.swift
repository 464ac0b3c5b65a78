import CopydeskCore
import CopydeskFormats
import XCTest
@testable import CopydeskRules

final class ContentWarningFixerTests: XCTestCase {
    let article = """
        ---
        title: "Man jailed for attack"
        description: "The court heard from the victim."
        ---

        A man who raped a woman after following her home has been jailed for nine years.

        The court heard he sexually assaulted her for several hours.

        """

    private func fix(_ text: String, _ mode: ContentWarningsConfiguration.FixMode) -> (SourceText, [UInt8]?) {
        let source = SourceText(text)
        let document = MiniMarkdown.parse(source, path: "a.md")
        let report = ContentWarnings.report(CWTestSupport.context(document))
        return (source, ContentWarningFixer.apply(to: source, document: document, report: report, mode: mode))
    }

    /// The original is the output with some bytes taken out: the fixer only inserts.
    private func assertOnlyInserts(_ original: [UInt8], _ fixed: [UInt8], file: StaticString = #filePath, line: UInt = #line) {
        var i = 0
        for byte in fixed where i < original.count && original[i] == byte { i += 1 }
        XCTAssertEqual(i, original.count, "an original byte changed", file: file, line: line)
        XCTAssertGreaterThan(fixed.count, original.count, file: file, line: line)
    }

    private func assertIdempotent(_ fixed: [UInt8], _ mode: ContentWarningsConfiguration.FixMode, file: StaticString = #filePath, line: UInt = #line) {
        let (_, again) = fix(String(decoding: fixed, as: UTF8.self), mode)
        XCTAssertNil(again, "second run changed the file again", file: file, line: line)
    }

    func testFrontMatterModeAddsAFieldBeforeTheClosingDelimiter() throws {
        let (source, output) = fix(article, .frontMatter)
        let fixed = try XCTUnwrap(output)
        assertOnlyInserts(source.utf8, fixed)
        let lines = String(decoding: fixed, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines[3], "content_warning: \"This article contains descriptions of sexual violence.\"")
        XCTAssertEqual(lines[4], "---")
        assertIdempotent(fixed, .frontMatter)
    }

    func testInlineModeAddsANoteBeforeTheFirstPassage() throws {
        let (source, output) = fix(article, .inline)
        let fixed = try XCTUnwrap(output)
        assertOnlyInserts(source.utf8, fixed)
        let text = String(decoding: fixed, as: UTF8.self)
        XCTAssertTrue(text.contains("---\n\n**Content warning:** This article contains descriptions of sexual violence.\n\nA man who raped"))
        let report = CWTestSupport.report(text)
        XCTAssertTrue(report.existing.present)
        XCTAssertEqual(report.existing.problems, [])
        assertIdempotent(fixed, .inline)
    }

    func testBothModesInsertTwiceAndStayIdempotent() throws {
        let (source, output) = fix(article, .both)
        let fixed = try XCTUnwrap(output)
        assertOnlyInserts(source.utf8, fixed)
        let text = String(decoding: fixed, as: UTF8.self)
        XCTAssertEqual(text.components(separatedBy: "This article contains").count - 1, 2)
        assertIdempotent(fixed, .both)
    }

    func testFrontMatterModeFallsBackToInlineWithoutFrontMatter() throws {
        let text = "# Man jailed\n\nA man who raped a woman has been jailed.\n"
        let (source, output) = fix(text, .frontMatter)
        let fixed = try XCTUnwrap(output)
        assertOnlyInserts(source.utf8, fixed)
        XCTAssertTrue(String(decoding: fixed, as: UTF8.self).hasPrefix("# Man jailed\n\n**Content warning:** "))
    }

    func testNothingToDoReturnsNil() {
        XCTAssertNil(fix("# Bake sale\n\nBeat the eggs and bake for twenty minutes.\n", .both).1)
        let warned = "# Man jailed\n\nCW: rape\n\nA man who raped a woman has been jailed.\n"
        XCTAssertNil(fix(warned, .both).1)
    }

    func testCRLFLineEndingsAreKept() throws {
        let crlf = article.replacingOccurrences(of: "\n", with: "\r\n")
        let (source, output) = fix(crlf, .both)
        let fixed = try XCTUnwrap(output)
        assertOnlyInserts(source.utf8, fixed)
        let text = String(decoding: fixed, as: UTF8.self)
        XCTAssertFalse(text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    func testPlainTextGetsAPlainNoteAfterTheHeadline() throws {
        let text = "Man jailed for attack\n\nA man who raped a woman has been jailed.\n"
        let source = SourceText(text)
        let document = TextParser.parse(source, path: "a.txt")
        let report = ContentWarnings.report(CWTestSupport.context(document))
        let fixed = try XCTUnwrap(ContentWarningFixer.apply(to: source, document: document, report: report, mode: .both))
        XCTAssertEqual(String(decoding: fixed, as: UTF8.self),
                       "Man jailed for attack\n\nContent warning: This article contains mentions of sexual violence.\n\nA man who raped a woman has been jailed.\n")
        let again = TextParser.parse(SourceText(utf8: fixed), path: "a.txt")
        XCTAssertNil(ContentWarningFixer.apply(to: again.source, document: again,
                                               report: ContentWarnings.report(CWTestSupport.context(again)), mode: .both))
    }

    /// The note snaps before the heading of the section holding the first sensitive passage; the message says
    /// exactly where, and the inline fix puts it there.
    func testInlineNoteGoesBeforeTheSectionHeading() throws {
        let text = """
            # Night buses return

            The council has brought back night buses on three routes from Friday.

            Drivers said passengers had asked for the service for years.

            Fares stay at £2 and the buses run every half hour.

            ## Why the service stopped

            The routes were cut in 2021 after a driver was stabbed to death at the terminus, police said.

            """
        let (source, output) = fix(text, .inline)
        let report = CWTestSupport.report(text)
        XCTAssertEqual(report.suggestion.position, .beforePassage)
        XCTAssertEqual(report.suggestion.insertBeforeLine, 9)
        XCTAssertEqual(report.suggestion.placement,
                       "before the heading \"Why the service stopped\" (paragraph 4), after paragraph 3 (\"Fares stay at £2 and the ...\")")
        let message = CWTestSupport.findings(ContentWarningMissingRule.self, text).first?.message ?? ""
        XCTAssertTrue(message.contains("before the heading \"Why the service stopped\""), message)
        let fixed = String(decoding: try XCTUnwrap(output), as: UTF8.self)
        let lines = fixed.components(separatedBy: "\n")
        XCTAssertTrue(lines[8].hasPrefix("**Content warning:**"), lines[8])
        XCTAssertEqual(lines[10], "## Why the service stopped")
        assertOnlyInserts(source.utf8, Array(fixed.utf8))
    }

    /// A vague or late warning on a described or graphic passage is an error, like a missing one; the setting
    /// `inadequate_blocks: false` keeps it a warning.
    func testVagueOrLateWarningOnAGraphicPassageBlocks() throws {
        let vague = "# Court\n\nWarning: this article may be upsetting.\n\nHe raped her and left her with torn genitals and a fractured skull.\n"
        XCTAssertEqual(CWTestSupport.findings(ContentWarningVagueRule.self, vague).first?.severity, .error)
        let late = "# Court\n\nThe trial opened on Monday.\n\nThe court heard he raped a 12-year-old girl, leaving her with torn genitals.\n\n"
            + "Content warning: This article contains graphic descriptions of sexual violence, including against children.\n"
        XCTAssertEqual(CWTestSupport.findings(ContentWarningMisplacedRule.self, late).first?.severity, .error)
        var configuration = Configuration.default
        configuration.contentWarnings.inadequateBlocks = false
        XCTAssertEqual(CWTestSupport.findings(ContentWarningVagueRule.self, vague, configuration).first?.severity, .warning)
        let mention = "# Court\n\nWarning: this article may be upsetting.\n\nThe case involved an assault on a nurse, police said.\n"
        XCTAssertNotEqual(CWTestSupport.findings(ContentWarningVagueRule.self, mention).first?.severity, .error)
    }
}
