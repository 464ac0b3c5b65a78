import ArgumentParser
import CopydeskCore
import CopydeskEngine
import Foundation

/// The `copydesk` command: thin; every command builds options and calls the library.
@main
struct Copydesk: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "copydesk",
        abstract: "Spelling, readability, content warnings and accessibility checks for news articles.",
        version: version,
        subcommands: [LintCommand.self, ReportCommand.self, AuditCommand.self, RulesCommand.self, ExplainCommand.self, InitCommand.self, DictCommand.self, HookCommand.self, ServeCommand.self],
        defaultSubcommand: nil)

    /// Parses and runs; argument-parser's usage errors (exit 64) become exit 2, as linters agree.
    static func main() {
        if let unknown = unknownCommand(Array(CommandLine.arguments.dropFirst())) {
            FileHandle.standardError.write(Data((unknown + "\n").utf8))
            Foundation.exit(ExitStatus.failure.rawValue)
        }
        do {
            var command = try parseAsRoot(LintCommand.rewritingFixValues(Array(CommandLine.arguments.dropFirst())))
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success || code.rawValue == ExitStatus.findings.rawValue {
                exit(withError: error)
            }
            if code.rawValue == 64 || code == .validationFailure {
                let message = fullMessage(for: error)
                FileHandle.standardError.write(Data((message + "\n").utf8))
                Foundation.exit(ExitStatus.failure.rawValue)
            }
            exit(withError: error)
        }
    }
}

extension Copydesk {
    /// `copydesk lnt`: an unknown command named, with the nearest one; nil when the first word is a command or
    /// an option.
    static func unknownCommand(_ arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        guard !names.contains(first) else { return nil }
        return "copydesk: unknown command '\(first)'\(EditDistance.hint(first, among: names)); "
            + "commands: \(names.dropLast().joined(separator: ", ")) (copydesk help)"
    }
}

/// The process's working folder: the one place the commands read it (relative paths, the nearest
/// `.copydesk.yml`, the git repository are all found from it).
var processWorkingDirectory: String { FileManager.default.currentDirectoryPath }

/// Writes to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
}

/// Writes text to standard output without buffering surprises.
func writeOut(_ text: String) {
    guard !text.isEmpty else { return }
    FileHandle.standardOutput.write(Data(text.utf8))
}
