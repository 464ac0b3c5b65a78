import Foundation
import XCTest

/// The real `copydesk hook install` and `copydesk lint --staged`, driven by real `git commit` in a temporary repository.
final class HookEndToEndTests: XCTestCase {
    private func commit(_ repo: TemporaryGitRepository, _ extra: [String] = []) throws -> (status: Int32, output: String) {
        try repo.run(["commit", "-q", "-m", "test"] + extra)
    }

    func testPreCommitHookBlocksStagedTyposAndReadsTheIndex() throws {
        let repo = try TemporaryGitRepository()
        let install = try CLI.run(["hook", "install"], in: URL(fileURLWithPath: repo.root))
        XCTAssertEqual(install.status, 0, install.stderr)
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: repo.path(".git/hooks/pre-commit")))

        // A staged article with a typo blocks the commit, with a one-line verdict.
        try repo.write("news/café story.md", "The council will recieve the report.\n")
        try repo.git("add", "-A")
        let blocked = try commit(repo)
        XCTAssertNotEqual(blocked.status, 0)
        XCTAssertTrue(blocked.output.contains("news/café story.md:1:18: error: Check the spelling of 'recieve'"), blocked.output)
        XCTAssertTrue(blocked.output.contains("copydesk: blocked"), blocked.output)

        // Fixing only the working copy does not help: the hook reads what is staged.
        try repo.write("news/café story.md", "The council will receive the report.\n")
        XCTAssertNotEqual(try commit(repo).status, 0)

        // Staging the fix lets the commit through.
        try repo.git("add", "-A")
        let passed = try commit(repo)
        XCTAssertEqual(passed.status, 0, passed.output)

        // --no-verify is the documented escape.
        try repo.write("b.md", "Anothr typo.\n")
        try repo.git("add", "-A")
        XCTAssertEqual(try commit(repo, ["--no-verify"]).status, 0)

        // No staged article: the hook passes at once.
        try repo.write("script.py", "print('hello wrold')\n")
        try repo.git("add", "-A")
        XCTAssertEqual(try commit(repo).status, 0)

        // Uninstall removes the hook.
        XCTAssertEqual(try CLI.run(["hook", "uninstall"], in: URL(fileURLWithPath: repo.root)).status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: repo.path(".git/hooks/pre-commit")))
    }

    func testLintStagedWithNothingStagedExitsZero() throws {
        let repo = try TemporaryGitRepository()
        try repo.write("a.md", "A tpyo.\n")
        let result = try CLI.run(["lint", "--staged"], in: URL(fileURLWithPath: repo.root))
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout, "")
        let outside = try CLI.run(["lint", "--staged"], in: try CLI.temporaryDirectory())
        XCTAssertEqual(outside.status, 2)
    }

    func testChangedSinceKeepsOnlyChangedLines() throws {
        let repo = try TemporaryGitRepository()
        try repo.write("a.md", "First tpyo here.\n\nSecond line is fine.\n")
        try repo.git("add", "-A")
        try repo.git("commit", "-q", "-m", "base", "--no-verify")
        try repo.git("checkout", "-q", "-b", "feature")
        try repo.write("a.md", "First tpyo here.\n\nSecond line has an erorr.\n")
        try repo.git("commit", "-q", "-am", "edit", "--no-verify")
        let all = try CLI.run(["lint", "a.md"], in: URL(fileURLWithPath: repo.root))
        XCTAssertTrue(all.stdout.contains("tpyo") && all.stdout.contains("erorr"), all.stdout)
        let changed = try CLI.run(["lint", "--changed-since", "main", "a.md"], in: URL(fileURLWithPath: repo.root))
        XCTAssertFalse(changed.stdout.contains("tpyo"), changed.stdout)
        XCTAssertTrue(changed.stdout.contains("a.md:3:20: error: Check the spelling of 'erorr'"), changed.stdout)
        let unknown = try CLI.run(["lint", "--changed-since", "no-such-branch", "a.md"], in: URL(fileURLWithPath: repo.root))
        XCTAssertEqual(unknown.status, 2)
    }
}
