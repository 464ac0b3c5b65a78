import CopydeskCore
import CopydeskReporters
import XCTest

final class ReadabilityJSONTests: XCTestCase {
    func testFileJSONCarriesTheReadabilityReport() throws {
        var counts = ReadabilityCounts()
        counts.sentences = 2
        counts.words = 9
        var scores = ReadabilityScores()
        scores.fleschKincaidGrade = 3.25
        var result = FileResult(path: "a.md", language: "en_US", syntax: .markdown)
        result.readability = ReadabilityReport(counts: counts, scores: scores, readingTimeSeconds: 2.27, sections: [], paragraphs: [])
        let json = JSONOutput.encode(JSONOutput.FileJSON(result))
        XCTAssertTrue(json.contains("\"readability\":{\"characters\":0,\"complex_words\":0,\"difficult_words\":0,"), json)
        XCTAssertTrue(json.contains("\"flesch_kincaid_grade\":3.25"), json)
        XCTAssertTrue(json.contains("\"reading_time_seconds\":2.27,\"scores\":"), json)
        XCTAssertTrue(json.contains("\"sentences\":2"), json)
        let without = JSONOutput.encode(JSONOutput.FileJSON(FileResult(path: "a.md", language: "en_US", syntax: .markdown)))
        XCTAssertFalse(without.contains("readability"))
    }
}
