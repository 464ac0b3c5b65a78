import CopydeskEngine
import Foundation
import XCTest

final class AtomicWriterTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func file(_ name: String, _ text: String, mode: Int = 0o640) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        return path
    }

    func testReplacesContentAndKeepsPermissions() throws {
        let path = try file("a.md", "old\n", mode: 0o604)
        try AtomicWriter.write(Array("new\n".utf8), to: path, original: Array("old\n".utf8), root: folder.path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "new\n")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o604)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("copydesk-") }
        XCTAssertEqual(leftovers, [])
    }

    func testRefusesWhenTheFileChangedSinceRead() throws {
        let path = try file("a.md", "edited by someone else\n")
        XCTAssertThrowsError(try AtomicWriter.write(Array("new\n".utf8), to: path, original: Array("old\n".utf8))) { error in
            XCTAssertEqual(error as? AtomicWriter.WriteError, .changedSinceRead(path))
        }
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "edited by someone else\n")
    }

    func testRefusesASymlinkThatLeavesTheRoot() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-outside-\(UUID().uuidString).md")
        try Data("old\n".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        let repo = folder.appendingPathComponent("repo")
        try FileManager.default.createDirectory(at: repo, withIntermediateDirectories: true)
        let link = repo.appendingPathComponent("link.md").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: outside.path)
        XCTAssertThrowsError(try AtomicWriter.write(Array("new\n".utf8), to: link, original: Array("old\n".utf8), root: repo.path))
        XCTAssertEqual(try String(contentsOf: outside, encoding: .utf8), "old\n")
    }

    func testASymlinkInsideTheRootIsWrittenThroughAndStaysALink() throws {
        let target = try file("target.md", "old\n")
        let link = folder.appendingPathComponent("link.md").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        try AtomicWriter.write(Array("new\n".utf8), to: link, original: Array("old\n".utf8), root: folder.path)
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "new\n")
        XCTAssertNotNil(try? FileManager.default.destinationOfSymbolicLink(atPath: link))
    }

    func testEncodeKeepsByteOrderMarks() {
        XCTAssertEqual(AtomicWriter.encode([0x61], like: [0xEF, 0xBB, 0xBF, 0x62]), [0xEF, 0xBB, 0xBF, 0x61])
        XCTAssertEqual(AtomicWriter.encode([0x61], like: [0xFF, 0xFE, 0x62, 0x00]), [0xFF, 0xFE, 0x61, 0x00])
        XCTAssertEqual(AtomicWriter.encode([0x61], like: [0xFE, 0xFF, 0x00, 0x62]), [0xFE, 0xFF, 0x00, 0x61])
        XCTAssertEqual(AtomicWriter.encode([0x61], like: [0x62]), [0x61])
    }
}
