import Foundation

/// Runs one git command and collects its output. Standard error is drained on another thread so that
/// neither pipe can fill up and stall the child.
enum GitProcess {
    static func run(_ git: String, _ arguments: [String], in directory: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: git)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardInput = FileHandle.nullDevice
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do {
            try process.run()
        } catch {
            throw GitError.gitNotFound
        }
        let errors = Collected()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errors.data = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw GitError.commandFailed(
                arguments: arguments, status: process.terminationStatus,
                stderr: String(decoding: errors.data, as: UTF8.self))
        }
        return data
    }

    /// Standard error's bytes, written by the reader thread before `group.leave()` and read after `wait()`.
    private final class Collected: @unchecked Sendable {
        var data = Data()
    }
}
