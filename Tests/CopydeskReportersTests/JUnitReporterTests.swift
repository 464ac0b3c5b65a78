import CopydeskCore
@testable import CopydeskReporters
import Foundation
import XCTest

final class JUnitReporterTests: XCTestCase {
    override class func tearDown() { ReporterFixtures.removeScratch() }

    func testEscapingOfAttributesAndText() {
        XCTAssertEqual(JUnitReporter.escape("<a href=\"x\">&'\n\t\u{1}"),
                       "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&#10;&#9;\u{FFFD}")
        XCTAssertEqual(JUnitReporter.escape("a \"b\"\n<c>\r\u{FFFF}", attribute: false), "a \"b\"\n&lt;c&gt;&#13;\u{FFFD}")
    }

    func testOneTestCasePerFileAndCountsOfFailingFiles() {
        let out = ReporterFixtures.render(JUnitReporter())
        XCTAssertEqual(out.components(separatedBy: "<testcase ").count - 1, 5)
        XCTAssertTrue(out.contains("<testsuites name=\"copydesk\" tests=\"5\" failures=\"2\" errors=\"1\">"))
        XCTAssertEqual(out.components(separatedBy: "<failure ").count - 1, 2)
        XCTAssertTrue(out.contains("<testcase name=\"clean.txt\" classname=\"copydesk.text\"/>"))
        XCTAssertTrue(out.contains("<error message=\"Cannot decode the file: invalid UTF-8 at byte 12\" type=\"file_not_checked\"/>"))
    }

    func testFindingsBelowTheFailLevelGoToSystemOut() {
        var context = ReporterFixtures.context
        context.failLevel = .warning
        let warningLevel = JUnitReporter().report(ReporterFixtures.results, summary: ReporterFixtures.summary, context: context)
        XCTAssertEqual(warningLevel.components(separatedBy: "<failure ").count - 1, 4)
        XCTAssertTrue(warningLevel.contains(
            "<system-out>news/café story.md:7:2: suggestion: Consider a shorter sentence [readability.sentence_length]\n</system-out>"))
        XCTAssertTrue(warningLevel.contains("failures=\"3\""))
    }

    func testHostileMessageIsEscapedInAttributeAndBody() {
        let out = ReporterFixtures.render(JUnitReporter())
        XCTAssertTrue(out.contains(
            "<failure message=\"Replace &quot;a:b,c&quot; with 100% &lt;sure&gt; &amp; &apos;so&apos;&#10;second line&#13;\" "
            + "type=\"accessibility.image_alt\">"))
        XCTAssertTrue(out.contains("name=\"news/hostile, &quot;name&quot;: 100%.md\""))
    }

    /// Validated with xmllint (libxml2-utils) against `Schemas/junit.xsd`, the Ant/Jenkins JUnit shape.
    func testOutputIsValidAgainstTheJUnitSchema() throws {
        guard let xmllint = ExternalTool.locate("xmllint") else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { XCTFail("xmllint is not installed (apt-get install -y libxml2-utils)"); return }
            throw XCTSkip("xmllint is not installed (apt-get install -y libxml2-utils)")
        }
        let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Schemas/junit.xsd").path
        var context = ReporterFixtures.context
        for level in Severity.allCases {
            context.failLevel = level
            let xml = JUnitReporter().report(ReporterFixtures.results, summary: ReporterFixtures.summary, context: context)
            let file = try ReporterFixtures.temporaryFile(xml, name: "junit-\(level).xml")
            let result = try ExternalTool.run(xmllint, ["--noout", "--schema", schema, file])
            XCTAssertEqual(result.status, 0, result.output)
        }
        // The schema must really check: a test case without a name is rejected.
        let broken = ReporterFixtures.render(JUnitReporter()).replacingOccurrences(of: "<testcase name=\"clean.txt\"", with: "<testcase")
        let file = try ReporterFixtures.temporaryFile(broken, name: "broken.xml")
        XCTAssertNotEqual(try ExternalTool.run(xmllint, ["--noout", "--schema", schema, file]).status, 0)
    }
}
