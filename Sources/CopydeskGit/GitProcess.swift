import Foundation

/// Runs one git command and collects its output. Standard error is drained on another thread so that
/// neither pipe can fill up and stall the child.
enum GitProcess {
    /// - Parameter input: written to the child's standard input from another thread; nil means /dev/null.
    static func run(_ git: String, _ arguments: [String], in directory: String, input: Data? = nil) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: git)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let inputPipe = input.map { _ in Pipe() }
        process.standardInput = inputPipe ?? FileHandle.nullDevice
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
        if let inputPipe, let input {
            group.enter()
            DispatchQueue.global().async {
                try? inputPipe.fileHandleForWriting.write(contentsOf: input)
                try? inputPipe.fileHandleForWriting.close()
                group.leave()
            }
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
