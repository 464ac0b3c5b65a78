import Foundation
import XCTest

/// The commands that write user files (`lint --fix`, `dict add`) keep permissions and never follow a
/// symbolic link out of the repository (here: the working folder, which is not in a git repository).
final class SafeWriteScenarioTests: XCTestCase {
    /// Plain `--fix` declares the language of a Markdown article with front matter.
    private let fixable = "---\ntitle: Vote\n---\n\n# Vote\n\nThe council voted on Tuesday.\n"

    private func mode(_ path: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path.path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    /// A working folder `repo` and a sibling folder `outside`.
    private func folders() throws -> (repo: URL, outside: URL) {
        let base = try CLI.temporaryDirectory()
        let repo = base.appendingPathComponent("repo"), outside = base.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: repo, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        return (repo, outside)
    }

    func testFixKeepsPermissions() throws {
        let (repo, _) = try folders()
        let file = repo.appendingPathComponent("a.md")
        try fixable.write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
        let result = try CLI.run(["lint", "--fix", "a.md"], in: repo)
        let after = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(after.contains("lang: en-US"), result.stdout + result.stderr)
        XCTAssertEqual(try mode(file), 0o640)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: repo.path).filter { $0.contains("copydesk-") }
        XCTAssertEqual(leftovers, [], "no temporary file is left behind")
    }

    func testFixDoesNotFollowALinkOutOfTheRepository() throws {
        let (repo, outside) = try folders()
        let real = outside.appendingPathComponent("real.md")
        try fixable.write(to: real, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: repo.appendingPathComponent("link.md").path, withDestinationPath: real.path)
        let result = try CLI.run(["lint", "--fix", "link.md"], in: repo)
        XCTAssertEqual(try String(contentsOf: real, encoding: .utf8), fixable, "the file outside is untouched")
        XCTAssertTrue(result.stderr.contains("link.md: links outside the repository; not written"), result.stderr)
        XCTAssertEqual(result.status, 2)
    }

    func testDictAddKeepsPermissions() throws {
        let (repo, _) = try folders()
        let list = repo.appendingPathComponent("words.dic")
        try "Okonjo\n".write(to: list, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: list.path)
        let result = try CLI.run(["dict", "add", "--file", "words.dic", "Ngozi"], in: repo)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try String(contentsOf: list, encoding: .utf8), "Okonjo\nNgozi\n")
        XCTAssertEqual(try mode(list), 0o640)
    }

    func testDictAddDoesNotFollowALinkOutOfTheRepository() throws {
        let (repo, outside) = try folders()
        let real = outside.appendingPathComponent("words.dic")
        try "Okonjo\n".write(to: real, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: repo.appendingPathComponent("words.dic").path, withDestinationPath: real.path)
        let linked = try CLI.run(["dict", "add", "--file", "words.dic", "Ngozi"], in: repo)
        XCTAssertNotEqual(linked.status, 0)
        XCTAssertTrue(linked.stderr.contains("links outside the repository"), linked.stderr)
        XCTAssertEqual(try String(contentsOf: real, encoding: .utf8), "Okonjo\n")
        // A new list inside a linked folder is refused too: the folder leads outside.
        try FileManager.default.createSymbolicLink(atPath: repo.appendingPathComponent("lists").path, withDestinationPath: outside.path)
        let throughFolder = try CLI.run(["dict", "add", "--file", "lists/new.dic", "Ngozi"], in: repo)
        XCTAssertNotEqual(throughFolder.status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: outside.appendingPathComponent("new.dic").path))
    }

    func testDictAddToAListNamedOutsideOnPurposeStillWorks() throws {
        let (repo, outside) = try folders()
        let real = outside.appendingPathComponent("desk.dic")
        try "Okonjo\n".write(to: real, atomically: true, encoding: .utf8)
        let result = try CLI.run(["dict", "add", "--file", real.path, "Ngozi"], in: repo)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try String(contentsOf: real, encoding: .utf8), "Okonjo\nNgozi\n")
    }
}
