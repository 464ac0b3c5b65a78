import CopydeskCore
import CopydeskFormats
import Foundation
import XCTest
@testable import CopydeskRules

/// The seed article. It lives outside the repository, so this test runs only where it exists.
final class ContentWarningSeedTests: XCTestCase {
    static let seedPath = "/work/shared/seeds/000_56e9ca2183dd3a87.txt"

    func testSeedArticle() throws {
        guard let data = FileManager.default.contents(atPath: Self.seedPath) else {
            throw XCTSkip("seed article not available")
        }
        let source = SourceText(utf8: Array(data))
        let document = TextParser.parse(source, path: "seed.txt")
        let report = ContentWarnings.report(CWTestSupport.context(document))
        let ids = report.categories.map(\.id)
        for id in ["sexual_violence", "child_abuse", "human_trafficking"] {
            XCTAssertTrue(ids.contains(id), "missing \(id) in \(ids)")
        }
        XCTAssertEqual(report.suggestion.position, .top)
        let rapeLine = source.string.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("penetrative") }.map { $0 + 1 }
        let sexual = report.categories.first { $0.id == "sexual_violence" }
        XCTAssertEqual(sexual?.level, .graphic)
        XCTAssertTrue(sexual?.passages.contains { $0.graphic && $0.startLine <= rapeLine! && $0.endLine >= rapeLine! } ?? false)
        // Both child categories are graphic, trafficking is found, and child abuse is argued from the girls' ages,
        // never from the adult women's own children.
        XCTAssertEqual(report.categories.first { $0.id == "child_abuse" }?.level, .graphic)
        let childEvidence = report.categories.first { $0.id == "child_abuse" }?.passages.flatMap(\.evidence) ?? []
        XCTAssertTrue(childEvidence.contains { $0.contains("as young as") }, "\(childEvidence)")
        XCTAssertFalse(childEvidence.contains { $0.contains("near \"children\"") }, "\(childEvidence)")
        XCTAssertTrue(report.suggestion.placement.hasPrefix("at the top"), report.suggestion.placement)
        if ProcessInfo.processInfo.environment["CW_PRINT"] != nil {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        }
    }
}
