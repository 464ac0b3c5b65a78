import CopydeskCore
@testable import CopydeskReporters
import XCTest

final class GitHubReporterTests: XCTestCase {
    func testMessageEscapesPercentAndLineBreaksOnly() {
        XCTAssertEqual(GitHubReporter.escapeData("100% done\r\nnext: a, b"), "100%25 done%0D%0Anext: a, b")
    }

    func testPropertiesAlsoEscapeColonAndComma() {
        XCTAssertEqual(GitHubReporter.escapeProperty("a:b,c%d\ne"), "a%3Ab%2Cc%25d%0Ae")
    }

    func testHostileFindingBecomesOneCommandLine() {
        let result = ReporterFixtures.results[1]
        let out = GitHubReporter().body(result, index: 0, context: ReporterFixtures.context)
        let expected = "::error file=news/hostile%2C \"name\"%3A 100%25.md,line=1,col=1,endLine=1,endColumn=12,"
            + "title=copydesk accessibility.image_alt::Replace \"a:b,c\" with 100%25 <sure> & 'so'%0Asecond line%0D\n"
        XCTAssertEqual(out, expected)
        XCTAssertEqual(out.filter { $0 == "\n" }.count, 1)
    }

    func testSeveritiesMapToErrorWarningNotice() {
        let out = GitHubReporter().body(ReporterFixtures.results[0], index: 0, context: ReporterFixtures.context)
        let commands = out.split(separator: "\n").map { $0.prefix { $0 != " " } }
        XCTAssertEqual(commands, ["::error", "::warning", "::notice"])
        XCTAssertTrue(out.contains("file=news/café story.md,line=3,col=5,endLine=3,endColumn=8,"))
        XCTAssertTrue(out.contains("::Check the spelling of “teh”%0ASuggestions: the, ten\n"))
    }

    func testMinimumSeverityHidesLesserFindings() {
        var context = ReporterFixtures.context
        context.minimumSeverity = .error
        let out = GitHubReporter().body(ReporterFixtures.results[0], index: 0, context: context)
        XCTAssertEqual(out.split(separator: "\n").count, 1)
        XCTAssertTrue(out.hasPrefix("::error "))
    }

    func testFailedFileIsAnErrorWithoutPosition() {
        let out = GitHubReporter().body(ReporterFixtures.results[2], index: 0, context: ReporterFixtures.context)
        XCTAssertEqual(out, "::error file=broken.html,title=copydesk%3A file not checked::"
            + "Cannot decode the file: invalid UTF-8 at byte 12\n")
    }
}
