import ArgumentParser
import CopydeskAudit
import Foundation

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Summarise copydesk lint --format jsonl results of an archive: articles.csv, summary.csv, index.html.",
        discussion: "Reads any number of results files (gzip or plain; '-' for standard input) line by line without "
            + "linting again, so memory stays flat for millions of articles. Set SOURCE_DATE_EPOCH for a fixed date. "
            + "Exit status: 0 written, 2 usage errors or input that could not be read (named by file and line; the rest is still counted).")

    @Argument(help: "Results of copydesk lint --format jsonl (shard outputs, .jsonl or .jsonl.gz).")
    var results: [String] = []

    @Option(name: .shortAndLong, help: "Folder for articles.csv, summary.csv and index.html (created when missing).")
    var output: String

    func validate() throws {
        if results.isEmpty { throw ValidationError("give at least one results file (or '-' for standard input)") }
        if output.isEmpty { throw ValidationError("--output needs a folder") }
        if results.filter({ $0 == "-" }).count > 1 { throw ValidationError("'-' can be given once") }
    }

    func run() throws {
        let options = AuditOptions(generated: ReportCommand.generatedDate(ProcessInfo.processInfo.environment), version: Copydesk.version)
        let outcome = Audit.run(inputs: results, outputDirectory: output, options: options)
        for problem in outcome.problems { printError("copydesk: \(problem)") }
        if outcome.duplicates > 0 {
            printError("copydesk: \(outcome.duplicates) lines repeat a path already read (a shard given twice?); counted once")
        }
        let folder = output.hasSuffix("/") ? output : output + "/"
        if !outcome.written.isEmpty {
            writeOut("copydesk: \(outcome.articles) articles from \(outcome.lines) lines; wrote \(folder)articles.csv, summary.csv, index.html\n")
        }
        if !outcome.problems.isEmpty { throw ExitCode(2) }
    }
}
