@testable import CopydeskGit
import Foundation
import XCTest

/// Hooks installed in real repositories and run by real `git commit` / `git push`. A stub `copydesk`
/// (bash) records its arguments and exits with the status written in `stub-status`.
final class HookInstallerTests: XCTestCase {
    private var repo: TemporaryGitRepository!
    private var stub: String!
    private var log: String!

    override func setUpWithError() throws {
        repo = try TemporaryGitRepository(name: "repo with space ü")
        let tools = (repo.root as NSString).deletingLastPathComponent + "/tools dir/it's"
        try FileManager.default.createDirectory(atPath: tools, withIntermediateDirectories: true)
        stub = tools + "/copydesk"
        log = tools + "/log.txt"
        let script = "#!/usr/bin/env bash\necho \"copydesk $*\" >> \(HookScript.quoted(log))\n"
            + "exit \"$(cat \(HookScript.quoted(tools + "/stub-status")))\"\n"
        try Data(script.utf8).write(to: URL(fileURLWithPath: stub))
        chmod(stub, 0o755)
        try setStubStatus(0)
    }

    override func tearDown() {
        repo = nil
    }

    private func setStubStatus(_ status: Int) throws {
        try Data("\(status)\n".utf8).write(to: URL(fileURLWithPath: (stub as NSString).deletingLastPathComponent + "/stub-status"))
    }

    private func logLines() -> [String] {
        ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    private func commit(_ extra: String...) throws -> Int32 {
        try repo.write("story.md", UUID().uuidString + "\n")
        try repo.git("add", "story.md")
        return try repo.run(["commit", "-q", "-m", "change"] + extra).status
    }

    private func commitCount() throws -> Int {
        let result = try repo.run(["rev-list", "--count", "HEAD"])
        return result.status == 0 ? Int(result.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 : 0
    }

    func testInstallWritesAnExecutableBashHookThatBlocksOnFailure() throws {
        let installer = HookInstaller(repository: repo.repository)
        let result = try installer.install(.preCommit, executable: stub)
        let path = repo.root + "/.git/hooks/pre-commit"
        XCTAssertEqual(result, .installed(path: path))
        XCTAssertEqual(repo.mode(path), 0o755)
        XCTAssertTrue(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("#!/usr/bin/env bash\n"))
        XCTAssertTrue(try installer.isInstalled(.preCommit))

        XCTAssertEqual(try commit(), 0)
        XCTAssertEqual(logLines(), ["copydesk lint --staged"])
        try setStubStatus(1)
        XCTAssertNotEqual(try commit(), 0)
        XCTAssertEqual(try commitCount(), 1)
        XCTAssertEqual(try commit("--no-verify"), 0)
        XCTAssertEqual(try commitCount(), 2)
        XCTAssertEqual(logLines().count, 2)
    }

    func testCoreHooksPathIsHonouredAndLeftAsItIs() throws {
        try repo.git("config", "core.hooksPath", "my hooks")
        let result = try HookInstaller(repository: repo.repository).install(.preCommit, executable: stub)
        XCTAssertEqual(result, .installed(path: repo.root + "/my hooks/pre-commit"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: repo.root + "/.git/hooks/pre-commit"))
        XCTAssertEqual(try repo.git("config", "core.hooksPath"), "my hooks\n")
        try setStubStatus(1)
        XCTAssertNotEqual(try commit(), 0)
        XCTAssertEqual(logLines(), ["copydesk lint --staged"])
    }

    func testExistingHookIsChainedRunsFirstAndIsRestoredByteForByte() throws {
        let original = "#!/bin/sh\n# someone else's hook\necho \"original $*\" >> \(HookScript.quoted(log))\nexit \"${ORIGINAL_STATUS:-0}\"\n"
        let path = repo.root + "/.git/hooks/pre-commit"
        try Data(original.utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o751)
        let installer = HookInstaller(repository: repo.repository)
        XCTAssertEqual(try installer.install(.preCommit, executable: stub),
                       .chained(path: path, original: path + ".copydesk-chained"))
        XCTAssertEqual(try String(contentsOfFile: path + ".copydesk-chained", encoding: .utf8), original)

        XCTAssertEqual(try commit(), 0)
        XCTAssertEqual(logLines(), ["original ", "copydesk lint --staged"])
        try repo.write("story.md", "blocked\n")
        try repo.git("add", "story.md")
        XCTAssertEqual(try repo.run(["commit", "-q", "-m", "x"], environment: ["ORIGINAL_STATUS": "3"]).status, 1)
        XCTAssertEqual(logLines().count, 3, "copydesk must not run after the chained hook failed")

        XCTAssertEqual(try installer.install(.preCommit, executable: stub), .updated(path: path))
        XCTAssertEqual(try installer.uninstall(.preCommit), .restored(path: path))
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), original)
        XCTAssertEqual(repo.mode(path), 0o751)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + ".copydesk-chained"))
    }

    func testWithoutChainingAForeignHookIsRefusedUnlessForced() throws {
        let path = repo.root + "/.git/hooks/pre-commit"
        try Data("#!/bin/sh\nexit 0\n".utf8).write(to: URL(fileURLWithPath: path))
        let installer = HookInstaller(repository: repo.repository)
        XCTAssertThrowsError(try installer.install(.preCommit, executable: stub, chain: false)) { error in
            XCTAssertEqual(error as? HookError, .foreignHook(path: path))
            XCTAssertTrue("\(error)".contains("--force"))
        }
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "#!/bin/sh\nexit 0\n")
        XCTAssertEqual(try installer.install(.preCommit, executable: stub, chain: false, force: true),
                       .replaced(path: path, backup: path + ".copydesk-backup"))
        XCTAssertEqual(try commit(), 0)
        XCTAssertEqual(try installer.uninstall(.preCommit), .restored(path: path))
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "#!/bin/sh\nexit 0\n")
    }

    func testLeftoverChainedHookIsNotOverwrittenWithoutForce() throws {
        let path = repo.root + "/.git/hooks/pre-commit"
        try Data("#!/bin/sh\necho new\n".utf8).write(to: URL(fileURLWithPath: path))
        try Data("#!/bin/sh\necho old\n".utf8).write(to: URL(fileURLWithPath: path + ".copydesk-chained"))
        let installer = HookInstaller(repository: repo.repository)
        XCTAssertThrowsError(try installer.install(.preCommit, executable: stub)) { error in
            XCTAssertEqual(error as? HookError, .leftoverChainedHook(path: path + ".copydesk-chained"))
        }
        XCTAssertEqual(try String(contentsOfFile: path + ".copydesk-chained", encoding: .utf8), "#!/bin/sh\necho old\n")
        _ = try installer.install(.preCommit, executable: stub, force: true)
        XCTAssertEqual(try String(contentsOfFile: path + ".copydesk-chained", encoding: .utf8), "#!/bin/sh\necho new\n")
    }

    func testUninstallLeavesOtherHooksAlone() throws {
        let installer = HookInstaller(repository: repo.repository)
        let path = repo.root + "/.git/hooks/pre-commit"
        XCTAssertEqual(try installer.uninstall(.preCommit), .notInstalled(path: path))
        try Data("#!/bin/sh\n".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try installer.uninstall(.preCommit)) { error in
            XCTAssertEqual(error as? HookError, .notCopydeskHook(path: path))
        }
        try FileManager.default.removeItem(atPath: path)
        _ = try installer.install(.preCommit, executable: stub)
        XCTAssertEqual(try installer.uninstall(.preCommit), .removed(path: path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }

    func testHookFallsBackToCopydeskOnPathAndBlocksWhenThereIsNone() throws {
        _ = try HookInstaller(repository: repo.repository).install(.preCommit, executable: "/nonexistent/copydesk")
        let tools = (stub as NSString).deletingLastPathComponent
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        try repo.write("story.md", "a\n")
        try repo.git("add", "story.md")
        XCTAssertEqual(try repo.run(["commit", "-q", "-m", "x"], environment: ["PATH": tools + ":" + path]).status, 0)
        XCTAssertEqual(logLines(), ["copydesk lint --staged"])
        try repo.write("story.md", "b\n")
        try repo.git("add", "story.md")
        let missing = try repo.run(["commit", "-q", "-m", "y"], environment: ["PATH": path])
        XCTAssertNotEqual(missing.status, 0)
        XCTAssertTrue(missing.output.contains("--no-verify"), missing.output)
    }

    func testPrePushChecksLinesChangedSinceWhatTheRemoteHas() throws {
        let remote = (repo.root as NSString).deletingLastPathComponent + "/remote.git"
        try repo.git("init", "-q", "--bare", remote)
        try repo.git("remote", "add", "origin", remote)
        XCTAssertEqual(try commit("--no-verify"), 0)
        try repo.git("push", "-q", "origin", "main")
        let pushed = try repo.git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try HookInstaller(repository: repo.repository).install(.prePush, executable: stub)
        XCTAssertEqual(try commit(), 0)
        try setStubStatus(1)
        XCTAssertNotEqual(try repo.run(["push", "-q", "origin", "main"]).status, 0)
        let tip = try repo.git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(logLines(), ["copydesk lint --commits \(pushed)..\(tip)"])
        try setStubStatus(0)
        XCTAssertEqual(try repo.run(["push", "-q", "origin", "main"]).status, 0)
    }
}
