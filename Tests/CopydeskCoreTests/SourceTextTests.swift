import XCTest
@testable import CopydeskCore

final class SourceTextTests: XCTestCase {
    func testLocationsCountCodePointsAndLines() {
        let text = SourceText("ab\r\ncé😀d\nlast")
        // "d" on line 2 is after c, é, 😀: column 4 although it is byte 8 of the line.
        let dOffset = Array("ab\r\ncé😀".utf8).count
        XCTAssertEqual(text.location(at: dOffset), SourceLocation(line: 2, column: 4))
        XCTAssertEqual(text.location(at: 0), SourceLocation(line: 1, column: 1))
        XCTAssertEqual(text.location(at: text.count), SourceLocation(line: 3, column: 5))
        XCTAssertEqual(text.lineCount, 3)
        XCTAssertEqual(text.text(text.range(ofLine: 1)), "ab")
        XCTAssertEqual(text.text(text.range(ofLine: 2)), "cé😀d")
    }

    func testLinesEndAtLFCRLFAndLoneCR() {
        let text = SourceText("a\nb\r\nc\rd\r\re")
        XCTAssertEqual(text.lineCount, 6)
        XCTAssertEqual((1...6).map { String(decoding: text.utf8[text.range(ofLine: $0)], as: UTF8.self) }, ["a", "b", "c", "d", "", "e"])
        XCTAssertEqual(text.location(at: 7), SourceLocation(line: 4, column: 1))
    }

    func testDecoderAcceptsBOMAndUTF16() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("héllo".utf8)
        XCTAssertEqual(try SourceDecoder.decode(bom).string, "héllo")
        var le: [UInt8] = [0xFF, 0xFE]
        for unit in "hé😀".utf16 { le += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        XCTAssertEqual(try SourceDecoder.decode(le).string, "hé😀")
        var be: [UInt8] = [0xFE, 0xFF]
        for unit in "news".utf16 { be += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        XCTAssertEqual(try SourceDecoder.decode(be).string, "news")
    }

    func testDecoderRejectsLatin1AndBinary() {
        let latin1: [UInt8] = Array("ok\nca".utf8) + [0xE9] + Array(" caf".utf8)
        XCTAssertThrowsError(try SourceDecoder.decode(latin1)) { error in
            XCTAssertEqual(error as? DecodingError, .invalidUTF8(line: 2, column: 3))
        }
        XCTAssertThrowsError(try SourceDecoder.decode([0x41, 0x00, 0x42])) { error in
            XCTAssertEqual(error as? DecodingError, .binary(offset: 1))
        }
        // Overlong encoding and a lone surrogate are not UTF-8 either.
        XCTAssertNotNil(SourceDecoder.firstInvalidUTF8([0xC0, 0xAF]))
        XCTAssertNotNil(SourceDecoder.firstInvalidUTF8([0xED, 0xA0, 0x80]))
        XCTAssertNil(SourceDecoder.firstInvalidUTF8(Array("ünïcödé 😀".utf8)))
    }

    func testBlockMapsTextOffsetsThroughPieces() {
        // Source: "Tom &amp; Jerry" read as "Tom & Jerry".
        let source = "Tom &amp; Jerry"
        var builder = BlockBuilder()
        builder.appendVerbatim("Tom ", sourceStart: 0)
        builder.appendMapped("&", sourceStart: 4, sourceLength: 5)
        builder.appendVerbatim(" Jerry", sourceStart: 9)
        let block = builder.build(kind: .paragraph)
        XCTAssertEqual(block.text, "Tom & Jerry")
        let jerry = block.text.utf8.count - 5
        XCTAssertEqual(block.sourceRange(ofText: jerry..<(jerry + 5)), 10..<15)
        XCTAssertEqual(block.sourceRange(ofText: 4..<5), 4..<9)
        XCTAssertEqual(SourceText(source).text(block.sourceRange(ofText: 0..<3)), "Tom")
    }
}
