import ArgumentParser
import CopydeskCore
import CopydeskEngine
import CopydeskHTMLReport
import CopydeskRules
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write an HTML report: one page per article and an index.html.",
        discussion: "Pages are self-contained (no network requests) and open from disk or as e-mail attachments. "
            + "Set SOURCE_DATE_EPOCH for a fixed generation date. "
            + "Exit status: 0 nothing at the fail level, 1 findings at the fail level, 2 usage, configuration, input or write errors.")

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "Folder for the pages (created when missing; nothing is written elsewhere).")
    var output = "Reports"

    @Option(name: .customLong("fail-level"), help: "Lowest severity that blocks an article (suggestion|warning|error; default from configuration, else error).")
    var failLevel: Severity?

    @Flag(help: "Warnings count as errors.")
    var strict = false

    func validate() throws {
        if input.paths.isEmpty { throw ValidationError("give at least one file or folder (or '-' for standard input)") }
        if output.isEmpty { throw ValidationError("--output needs a folder") }
    }

    func run() throws {
        let generated = Self.generatedDate(ProcessInfo.processInfo.environment)
        var request = input.request()
        request.failLevel = failLevel
        request.strict = strict
        let session = ReportSession(request: request, outputDirectory: output,
                                    reportOptions: HTMLReportOptions(generated: generated, version: Copydesk.version,
                                                                   groups: RuleRegistry.reportGroups))
        let outcome = session.run()
        for problem in outcome.problems { printError("copydesk: \(problem)") }
        for warning in outcome.warnings { printError("copydesk: \(warning)") }
        let folder = output.hasSuffix("/") ? output : output + "/"
        writeOut("copydesk: wrote \(outcome.written.count) pages to \(folder) (open \(folder)index.html)\n")
        writeOut(outcome.verdict + "\n")
        if outcome.status != .clean { throw ExitCode(outcome.status.rawValue) }
    }

    /// `SOURCE_DATE_EPOCH` when set (reproducible builds), else now; in UTC, minutes.
    static func generatedDate(_ environment: [String: String]) -> String {
        let date = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init).map { Date(timeIntervalSince1970: $0) } ?? Date()
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return formatter.string(from: date)
    }
}
