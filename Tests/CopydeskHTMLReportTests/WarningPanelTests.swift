import CopydeskCore
@testable import CopydeskHTMLReport
import XCTest

final class WarningPanelTests: XCTestCase {
    func testPanelListsPassagesEvidenceOnceAndWhatTheExistingNoteMisses() {
        let a = ContentWarningReport.Passage(startLine: 3, endLine: 3, graphic: false, evidence: ["\"fire\" (disaster term)"])
        let b = ContentWarningReport.Passage(startLine: 7, endLine: 9, graphic: true, evidence: ["\"fire\" (disaster term)", "\"burned\" (explicit physical detail)"])
        let report = ContentWarningReport(
            categories: [.init(id: "fire_disaster", level: .graphic, passages: [a, b]),
                         .init(id: "death_grief", level: .mention, passages: [a])],
            suggestion: .init(needed: false, position: nil, insertBeforeLine: nil, text: "", markdown: "", html: ""),
            existing: .init(present: true, line: 2, categories: ["death_grief"], problems: [.missingCategories, .afterSensitivePassage]))
        let panel = WarningPanelBuilder.panel(report)
        XCTAssertEqual(panel.categories[0].evidence, "\"fire\" (disaster term); \"burned\" (explicit physical detail)")
        XCTAssertEqual(panel.categories[0].passages.map(\.label), ["line 3", "lines 7–9"])
        XCTAssertEqual(panel.categories[0].passages.map(\.more), [true, false])
        XCTAssertTrue(panel.suggestion.isEmpty, "no suggestion when none is needed")
        XCTAssertEqual(panel.existing.first?.at, [2])
        XCTAssertEqual(panel.existing.first?.problems, [
            "It does not name every subject; missing: Fire disaster",
            "It comes after the first sensitive passage; move it before",
        ])
    }
}
