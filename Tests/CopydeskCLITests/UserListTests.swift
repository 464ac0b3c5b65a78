import Foundation
import XCTest

/// Every list the configuration names goes through one strict loader: missing is exit 2, naming the key and file.
final class UserListTests: XCTestCase {
    private func lint(_ config: String, files: [String: Data] = [:]) throws -> CLI.Output {
        let dir = try CLI.temporaryDirectory()
        try config.write(to: dir.appendingPathComponent(".copydesk.yml"), atomically: true, encoding: .utf8)
        try "The vote was close.\n".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        for (name, data) in files { try data.write(to: dir.appendingPathComponent(name)) }
        return try CLI.run(["lint", "a.txt"], in: dir)
    }

    func testAMissingListOfAnyKindIsAConfigurationError() throws {
        for (section, key) in [("spelling", "word_lists"), ("readability", "plain_language_lists"),
                               ("accessibility", "extra_abbreviation_lists")] {
            let result = try lint("version: 1\n\(section):\n  \(key): [missing.txt]\n")
            XCTAssertEqual(result.status, 2, "\(section).\(key)")
            XCTAssertTrue(result.stderr.contains("\(section).\(key): 'missing.txt' does not exist"), result.stderr)
        }
    }

    func testAListThatIsNotUTF8IsNamed() throws {
        let result = try lint("version: 1\nreadability:\n  plain_language_lists: [latin1.txt]\n",
                              files: ["latin1.txt": Data([0x63, 0x61, 0x66, 0xE9, 0x0A])])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("readability.plain_language_lists: 'latin1.txt' is not UTF-8"), result.stderr)
    }

    func testAReadableListIsUsed() throws {
        let result = try lint("version: 1\nspelling:\n  word_lists: [words.txt]\n", files: ["words.txt": Data("Glendinning\n".utf8)])
        XCTAssertEqual(result.status, 0, result.stderr + result.stdout)
    }
}
