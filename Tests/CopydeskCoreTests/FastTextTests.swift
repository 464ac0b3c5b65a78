import CopydeskCore
import XCTest

/// The byte-level shortcuts the analyses use must agree with the slow forms they replace.
final class FastTextTests: XCTestCase {
    func testFastLowercasedAgreesWithLowercased() {
        for word in ["", "the", "The", "NATO", "McDonald's", "e-mail", "CAFÉ", "İstanbul", "ΣΟΦΙΑ", "x1Y2", "ß", "Z"] {
            XCTAssertEqual(word.fastLowercased, word.lowercased(), word)
        }
    }

    func testWordShapeFilterNeverRulesOutAMember() {
        let members = ["look", "see", "below", "click", "red", "green", "above", "watch"]
        let filter = WordShapeFilter(members)
        for word in members + members.map(\.capitalized) + (members.map { $0.uppercased() }) {
            XCTAssertTrue(filter.mayContain(word), word)
        }
        // Different first letter or length: ruled out at once.
        for word in ["the", "and", "people", "minister", "x", "lookout"] {
            XCTAssertFalse(filter.mayContain(word), word)
        }
        // Not an ASCII letter first: always a maybe.
        XCTAssertTrue(filter.mayContain("élan"))
        XCTAssertTrue(filter.mayContain("'see"))
    }

    func testSourceColumnsCountCodePointsAcrossLongASCIIStretches() {
        let line = String(repeating: "a", count: 3000) + "é" + String(repeating: "b", count: 3000)
        let text = SourceText(line + "\nnext")
        XCTAssertEqual(text.location(at: 2999).column, 3000)
        XCTAssertEqual(text.location(at: 3002).column, 3002, "é is two bytes, one code point")
        XCTAssertEqual(text.location(at: 6002).column, 6002)
        XCTAssertEqual(text.location(at: 6003).line, 2)
        XCTAssertEqual(text.location(at: 6003).column, 1)
    }
}
