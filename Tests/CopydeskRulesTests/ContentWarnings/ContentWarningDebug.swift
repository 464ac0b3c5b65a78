import CopydeskCore
import Foundation
import XCTest
@testable import CopydeskRules

/// `CW_FILE=name.md swift test --filter ContentWarningDebug` prints the report for one fixture.
final class ContentWarningDebug: XCTestCase {
    func testPrintFixture() throws {
        guard let name = ProcessInfo.processInfo.environment["CW_FILE"] else { throw XCTSkip("set CW_FILE") }
        let data = try Data(contentsOf: CWTestSupport.fixtures.appendingPathComponent(name))
        let document = MiniMarkdown.parse(SourceText(utf8: Array(data)), path: name)
        let report = ContentWarnings.report(CWTestSupport.context(document))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(report), as: UTF8.self))
    }
}
