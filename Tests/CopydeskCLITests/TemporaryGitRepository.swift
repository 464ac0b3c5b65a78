@testable import CopydeskGit
import Foundation
import XCTest

/// A real git repository in a fresh temporary folder, isolated from the user's and system git config.
final class TemporaryGitRepository {
    let root: String

    /// Keeps every git started by the tests (and by `GitRepository`) away from ~/.gitconfig and /etc/gitconfig.
    static func isolateGitConfig() {
        setenv("GIT_CONFIG_GLOBAL", "/dev/null", 1)
        setenv("GIT_CONFIG_NOSYSTEM", "1", 1)
        unsetenv("GIT_DIR")
        unsetenv("GIT_INDEX_FILE")
        unsetenv("GIT_WORK_TREE")
    }

    init(name: String = "repo") throws {
        Self.isolateGitConfig()
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-git-\(UUID().uuidString)")
        root = base.appendingPathComponent(name).path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try git("init", "-q", "-b", "main")
        try git("config", "user.name", "Copydesk Test")
        try git("config", "user.email", "test@example.invalid")
        try git("config", "commit.gpgsign", "false")
    }

    deinit {
        try? FileManager.default.removeItem(atPath: (root as NSString).deletingLastPathComponent)
    }

    var repository: GitRepository { GitRepository(root: root, git: (try? GitRepository.locateGit()) ?? "/usr/bin/git") }

    func path(_ relative: String) -> String { root + "/" + relative }

    func write(_ relative: String, _ text: String) throws {
        let url = URL(fileURLWithPath: path(relative))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }

    /// Writes `files` (path to text), stages everything and commits it without running the hooks under test.
    func commitAll(_ message: String, _ files: [String: String] = [:]) throws {
        for (relative, text) in files.sorted(by: { $0.key < $1.key }) { try write(relative, text) }
        try git("add", "-A")
        try git("commit", "-q", "-m", message, "--no-verify")
    }

    /// Runs git at the root and returns its standard output; throws when it fails.
    @discardableResult
    func git(_ arguments: String...) throws -> String {
        let result = try run(arguments)
        guard result.status == 0 else {
            throw GitError.commandFailed(arguments: arguments, status: result.status, stderr: result.output)
        }
        return result.output
    }

    /// Runs git at the root; standard output and error together.
    func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try GitRepository.locateGit())
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: root)
        process.environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
        process.standardInput = FileHandle.nullDevice
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Writes an executable bash script.
    func writeScript(_ relative: String, _ body: String) throws {
        try write(relative, "#!/usr/bin/env bash\n" + body + "\n")
        chmod(path(relative), 0o755)
    }

    func mode(_ absolute: String) -> mode_t {
        var info = stat()
        stat(absolute, &info)
        return info.st_mode & 0o777
    }
}
