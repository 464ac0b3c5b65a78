import Foundation
import XCTest

/// `lint --fix`, `--fix=RULE_ID` and `--diff` through the real binary: nothing is rewritten unless asked.
final class FixScenarioTests: XCTestCase {
    private func write(_ files: [String: String]) throws -> URL {
        let dir = try CLI.temporaryDirectory()
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return dir
    }

    private func read(_ dir: URL, _ name: String) throws -> String {
        try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
    }

    private static let swappable = """
        ---
        title: Works to commence
        ---

        Officials will utilize the funds. "We will utilize every tool," the chief said.

        """

    /// Line-level: the fixed text is the original with lines inserted, none removed or changed.
    private static func onlyInsertions(_ old: String, _ new: String) -> Bool {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false)
        return !b.difference(from: a).contains { if case .remove = $0 { return true } else { return false } }
    }

    func testPlainFixAppliesOnlyInsertionsAndListsThem() throws {
        let dir = try write(["a.md": Self.swappable])
        let result = try CLI.run(["lint", "--fix", "a.md"], in: dir)
        let after = try read(dir, "a.md")
        XCTAssertTrue(after.contains("Officials will utilize the funds."), "no word swap without --fix=RULE_ID: \(after)")
        XCTAssertTrue(after.contains("lang: en-US\n---"), after)
        XCTAssertEqual(result.stderr, "a.md:3: inserted 'lang: en-US' [accessibility.page_language]\n")
        XCTAssertTrue(Self.onlyInsertions(Self.swappable, after))
    }

    func testFixRuleSwapsWordsButNeverInsideQuotes() throws {
        let dir = try write(["a.md": Self.swappable])
        let result = try CLI.run(["lint", "--fix=readability.plain_language", "a.md"], in: dir)
        let after = try read(dir, "a.md")
        XCTAssertTrue(after.contains("Officials will use the funds."), after)
        XCTAssertTrue(after.contains("\"We will utilize every tool,\""), "quoted speech is never rewritten: \(after)")
        XCTAssertTrue(after.contains("title: Works to commence"), "front matter is not prose: \(after)")
        XCTAssertTrue(result.stderr.contains("a.md:5: replaced 'utilize' with 'use' [readability.plain_language]\n"), result.stderr)
    }

    func testUnknownOrFixlessRuleIsAUsageError() throws {
        let dir = try write(["a.md": Self.swappable])
        let unknown = try CLI.run(["lint", "--fix=readability.plain", "a.md"], in: dir)
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("--fix=readability.plain: unknown rule"), unknown.stderr)
        let fixless = try CLI.run(["lint", "--fix=spelling.misspelling", "a.md"], in: dir)
        XCTAssertEqual(fixless.status, 2)
        XCTAssertTrue(fixless.stderr.contains("makes no fixes"), fixless.stderr)
        XCTAssertEqual(try read(dir, "a.md"), Self.swappable)
    }

    func testDiffChangesNothingAndPatchesToWhatFixWrites() throws {
        let dir = try write(["a.md": Self.swappable, "b.md": Self.swappable])
        let diff = try CLI.run(["lint", "--diff", "--fix=readability.plain_language", "a.md"], in: dir)
        XCTAssertEqual(try read(dir, "a.md"), Self.swappable, "--diff writes nothing")
        XCTAssertTrue(diff.stdout.hasPrefix("--- a/a.md\n+++ b/a.md\n@@ -1,5 +1,6 @@\n"), diff.stdout)
        XCTAssertEqual(diff.stderr, "")
        try diff.stdout.write(to: dir.appendingPathComponent("a.patch"), atomically: true, encoding: .utf8)
        let patch = Process()
        patch.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        patch.arguments = ["patch", "-s", "-p1", "-i", "a.patch"]
        patch.currentDirectoryURL = dir
        try patch.run()
        patch.waitUntilExit()
        XCTAssertEqual(patch.terminationStatus, 0)
        _ = try CLI.run(["lint", "--fix=readability.plain_language", "b.md"], in: dir)
        XCTAssertEqual(try read(dir, "a.md"), try read(dir, "b.md"), "the diff, applied by patch, gives what --fix writes")
        XCTAssertEqual(try CLI.run(["lint", "--diff", "b.md"], in: dir).stdout, "", "nothing left to fix")
    }

    func testFixOnStandardInputPrintsTheFixedText() throws {
        let result = try CLI.run(["lint", "--fix", "-", "--stdin-filename", "story.md"], stdin: Self.swappable)
        XCTAssertEqual(result.stdout, Self.swappable.replacingOccurrences(of: "---\n\nOfficials", with: "lang: en-US\n---\n\nOfficials"))
        XCTAssertEqual(result.stderr, "story.md:3: inserted 'lang: en-US' [accessibility.page_language]\n")
        let clean = try CLI.run(["lint", "--fix", "-"], stdin: "The council met.\n")
        XCTAssertEqual(clean.stdout, "The council met.\n", "unchanged text is still printed")
    }

    /// Every bundled example and every test fixture, fixed with plain `--fix`: the only changed bytes are insertions.
    func testFixOnEveryExampleAndFixtureOnlyInserts() throws {
        let dir = try CLI.temporaryDirectory()
        let root = CLI.packageRoot
        var sources = ["Examples"]
        let tests = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Tests").path)
        for target in tests.sorted() where FileManager.default.fileExists(atPath: root.appendingPathComponent("Tests/\(target)/Fixtures").path) {
            sources.append("Tests/\(target)/Fixtures")
        }
        for source in sources {
            let target = dir.appendingPathComponent(source.replacingOccurrences(of: "/", with: "_"))
            try FileManager.default.copyItem(at: root.appendingPathComponent(source), to: target)
        }
        // Configuration fixtures that are broken on purpose stay broken: only articles are compared.
        var before: [String: Data] = [:]
        let files = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: [.isRegularFileKey])!
        for case let url as URL in files where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            before[url.path] = try Data(contentsOf: url)
        }
        XCTAssertGreaterThan(before.count, 50)
        let result = try CLI.run(["lint", "--fix", "."], in: dir)
        var changed = 0
        for (path, old) in before {
            let new = try Data(contentsOf: URL(fileURLWithPath: path))
            guard new != old else { continue }
            changed += 1
            XCTAssertTrue(Self.isSubsequence(Array(old), of: Array(new)), "\(path): --fix changed or removed bytes")
            let name = String(path.dropFirst(dir.path.count + 1))
            XCTAssertTrue(result.stderr.contains("./\(name):"), "\(name) changed but is not listed: \(result.stderr)")
        }
        XCTAssertGreaterThan(changed, 2, "the examples include articles that --fix changes: \(result.stderr)")
        let listed = result.stderr.split(separator: "\n").filter { $0.contains(": inserted ") }
        XCTAssertGreaterThanOrEqual(listed.count, changed, result.stderr)
    }

    static func isSubsequence(_ small: [UInt8], of large: [UInt8]) -> Bool {
        var i = 0
        for byte in large where i < small.count && small[i] == byte { i += 1 }
        return i == small.count
    }
}
