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

    /// The gate's output through a real `git commit`: what blocks first (each with file:line:col and what to do),
    /// one hint line, one summary line; nothing below the fail level is listed.
    func testHookShowsWhatBlocksFirstThenAHintThenOneSummaryLine() throws {
        let repo = try TemporaryGitRepository()
        XCTAssertEqual(try CLI.run(["hook", "install"], in: URL(fileURLWithPath: repo.root)).status, 0)
        // A typo (blocks), a missing content warning (blocks; --fix inserts it), a long sentence (a warning only),
        // and a clean article.
        try repo.write("typo.md", "The council will recieve the report on Tuesday.\n")
        try repo.write("attack.md", "# Man held\n\nThe man stabbed the woman repeatedly and she bled heavily from deep wounds, with blood pooling on the floor, police said.\n")
        let long = "The committee, which met on Tuesday evening in the main hall of the old town library beside the river, "
            + "agreed after a long and often heated debate about parking, traffic and the future of the market that the plan should go ahead.\n"
        try repo.write("long.md", long)
        try repo.write("fine.md", "The council met on Tuesday.\n")
        try repo.git("add", "-A")
        let blocked = try commit(repo)
        XCTAssertNotEqual(blocked.status, 0)
        let lines = blocked.output.split(separator: "\n").map(String.init)
        let hint = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("hint: ") }, blocked.output)
        let summary = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("copydesk: blocked: ") }, blocked.output)
        let typo = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("typo.md:1:18: error: Check the spelling of 'recieve'") }, blocked.output)
        let warning = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("attack.md:") && $0.contains("[content_warning.missing]") }, blocked.output)
        XCTAssertLessThan(max(typo, warning), hint, "what blocks comes first")
        XCTAssertEqual(summary, hint + 1, blocked.output)
        XCTAssertEqual(lines.filter { $0.hasPrefix("hint: ") }.count, 1)
        XCTAssertTrue(lines[hint].contains("'copydesk lint --fix attack.md'"), lines[hint])
        XCTAssertTrue(lines[hint].contains("copydesk dict add"), lines[hint])
        XCTAssertTrue(lines[hint].contains("'git commit --no-verify' skips this check once"), lines[hint])
        XCTAssertTrue(lines[hint].contains("(content_warning.missing)"), lines[hint])
        XCTAssertTrue(lines[summary].hasPrefix("copydesk: blocked: 4 files checked, 2 blocked, 2 errors, "), lines[summary])
        XCTAssertTrue(lines[summary].contains("not listed: copydesk lint FILE to see them"), lines[summary])
        XCTAssertFalse(blocked.output.contains("long.md"), "a warning below the fail level is counted, not listed")
        XCTAssertFalse(blocked.output.contains("fine.md"))
        XCTAssertFalse(blocked.output.contains("suggestion:"), blocked.output)

        // The hint's fix works: after it and the spelling, the same commit goes through.
        XCTAssertEqual(try CLI.run(["lint", "--fix", "attack.md"], in: URL(fileURLWithPath: repo.root)).status, 0)
        try repo.write("typo.md", "The council will receive the report on Tuesday.\n")
        try repo.git("add", "-A")
        let passed = try commit(repo)
        XCTAssertEqual(passed.status, 0, passed.output)
        XCTAssertTrue(passed.output.contains("copydesk: ready: 4 files checked, 0 blocked, 0 errors, "), passed.output)

        // A machine format keeps its report and the one-line verdict.
        try repo.write("typo.md", "A tpyo.\n")
        try repo.git("add", "-A")
        let json = try CLI.run(["lint", "--staged", "--format", "json"], in: URL(fileURLWithPath: repo.root))
        XCTAssertTrue(json.stdout.hasPrefix("{"), json.stdout)
        XCTAssertTrue(json.stderr.contains("copydesk: blocked: 1 finding at error level or above in 1 file"), json.stderr)
    }

    /// The real pre-push hook through a real `git push` to a bare remote: the gate's form (what blocks first, a hint
    /// naming `git push --no-verify`, one summary line), on the lines the pushed commits changed, as committed.
    func testPrePushHookShowsTheGateForThePushedCommits() throws {
        let repo = try TemporaryGitRepository()
        let remote = (repo.root as NSString).deletingLastPathComponent + "/remote.git"
        try repo.git("init", "-q", "--bare", remote)
        try repo.git("remote", "add", "origin", remote)
        // Already on the remote: an old typo, which a push of other lines must not list.
        try repo.commitAll("base", ["story.md": "An old tpyo stays here.\n\nThe council met on Tuesday.\n", "notes.md": "Nothing to see.\n"])
        try repo.git("push", "-q", "origin", "main")
        let install = try CLI.run(["hook", "install", "--hook", "pre-push"], in: URL(fileURLWithPath: repo.root))
        XCTAssertEqual(install.status, 0, install.stderr)

        // A new typo and a long sentence (a warning only) in the pushed commit block the push.
        let long = "The committee, which met on Tuesday evening in the main hall of the old town library beside the river, "
            + "agreed after a long and often heated debate about parking, traffic and the future of the market that the plan should go ahead.\n"
        try repo.write("story.md", "An old tpyo stays here.\n\nThe council will recieve the report.\n\n" + long)
        try repo.git("commit", "-q", "-am", "edit", "--no-verify")
        let tip = try repo.git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
        // Fixing only the working copy does not help: the hook reads what is pushed.
        try repo.write("story.md", "An old tpyo stays here.\n\nThe council will receive the report.\n")
        let blocked = try repo.run(["push", "origin", "main"])
        XCTAssertNotEqual(blocked.status, 0, blocked.output)
        let lines = blocked.output.split(separator: "\n").map(String.init)
        let finding = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("story.md:3:18: error: Check the spelling of 'recieve' [spelling.misspelling]") }, blocked.output)
        let hint = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("hint: ") }, blocked.output)
        let summary = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("copydesk: blocked: ") }, blocked.output)
        XCTAssertTrue(lines[finding + 1].contains("suggestions: receive"), lines[finding + 1])
        XCTAssertLessThan(finding, hint, "what blocks comes first")
        XCTAssertEqual(summary, hint + 1, blocked.output)
        XCTAssertTrue(lines[hint].contains("'git push --no-verify' skips this check once"), lines[hint])
        XCTAssertFalse(lines[hint].contains("git commit --no-verify"), lines[hint])
        XCTAssertTrue(lines[summary].hasPrefix("copydesk: blocked: 1 file checked, 1 blocked, 1 error, 1 warning"), lines[summary])
        XCTAssertTrue(lines[summary].contains("not listed: copydesk lint story.md to see them"), lines[summary])
        XCTAssertFalse(blocked.output.contains("tpyo"), "a line the push did not change is not listed")
        XCTAssertFalse(blocked.output.contains("notes.md"), "an article the push did not change is not checked")
        XCTAssertFalse(blocked.output.contains("Split "), "the warning is counted, not listed")
        let remoteHead = try repo.git("--git-dir", remote, "rev-parse", "main").trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertNotEqual(remoteHead, tip, "the blocked commit did not reach the remote")

        // Committing the fix lets the push through, with the ready summary.
        try repo.git("commit", "-q", "-am", "fix", "--no-verify")
        let passed = try repo.run(["push", "origin", "main"])
        XCTAssertEqual(passed.status, 0, passed.output)
        XCTAssertTrue(passed.output.contains("copydesk: ready: 1 file checked, 0 blocked, 0 errors"), passed.output)

        // A push with no changed article passes at once; --no-verify is the documented escape.
        try repo.commitAll("code", ["script.py": "print('hello wrold')\n"])
        let code = try repo.run(["push", "origin", "main"])
        XCTAssertEqual(code.status, 0, code.output)
        XCTAssertTrue(code.output.contains("copydesk: ready: no article changed in"), code.output)
        try repo.commitAll("typo", ["b.md": "Anothr typo.\n"])
        XCTAssertNotEqual(try repo.run(["push", "origin", "main"]).status, 0)
        XCTAssertEqual(try repo.run(["push", "--no-verify", "origin", "main"]).status, 0)
    }

    func testLintCommitsRejectsWhatItCannotRead() throws {
        let repo = try TemporaryGitRepository()
        try repo.commitAll("one", ["a.md": "Fine.\n"])
        let root = URL(fileURLWithPath: repo.root)
        for bad in ["HEAD", "HEAD...HEAD", "..HEAD"] {
            let result = try CLI.run(["lint", "--commits", bad], in: root)
            XCTAssertEqual(result.status, 2, bad)
            XCTAssertTrue(result.stderr.contains("--commits takes BASE..TIP"), result.stderr)
        }
        let unknown = try CLI.run(["lint", "--commits", "no-such..HEAD"], in: root)
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("no-such"), unknown.stderr)
        let withPaths = try CLI.run(["lint", "--commits", "HEAD..HEAD", "a.md"], in: root)
        XCTAssertEqual(withPaths.status, 2)
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
        try repo.commitAll("base", ["a.md": "First tpyo here.\n\nSecond line is fine.\n"])
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
