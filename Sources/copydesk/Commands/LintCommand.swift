import ArgumentParser
import CopydeskCore
import CopydeskEngine
import CopydeskReporters
import CopydeskRules
import Foundation

extension Syntax: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}

/// Options shared by `lint` and `report`.
struct InputOptions: ParsableArguments {
    @Argument(help: "Article files or folders; '-' reads standard input.")
    var paths: [String] = []

    @Option(help: "Treat every input as this syntax, whatever its extension.")
    var syntax: Syntax?

    @Option(name: .customLong("stdin-filename"), help: "Name for standard input: picks its syntax and configuration.")
    var stdinFilename: String?

    @Option(help: "hunspell dictionary, e.g. en_US or en-GB (overrides front matter and configuration).")
    var lang: String?

    @Option(name: .customLong("dictionary-dir"), help: "A folder with LANG.aff and LANG.dic, searched first.")
    var dictionaryDirs: [String] = []

    @Option(name: .customLong("exclude"), help: "Skip paths matching this glob (repeatable; ** spans folders).")
    var excludes: [String] = []

    @Option(help: "Use this configuration file for every input instead of the nearest .copydesk.yml.")
    var config: String?

    @Option(help: "Worker threads.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if stdinFilename != nil && !paths.contains("-") {
            throw ValidationError("--stdin-filename goes with '-' as a path")
        }
        if let config, !FileManager.default.fileExists(atPath: config) {
            throw ValidationError("configuration file '\(config)' does not exist")
        }
    }

    var lintOptions: LintOptions {
        var options = LintOptions()
        options.syntax = syntax
        options.language = lang
        options.dictionaryDirectories = dictionaryDirs
        options.stdinFilename = stdinFilename
        options.jobs = jobs
        return options
    }

    func readStdin() -> [UInt8]? {
        paths.contains("-") ? Array(FileHandle.standardInput.readDataToEndOfFile()) : nil
    }

    /// The request these options make, from the process's working folder and environment; reads standard
    /// input when `-` is a path.
    func request() -> LintRequest {
        var request = LintRequest(paths: paths, workingDirectory: processWorkingDirectory, options: lintOptions,
                                  environment: ProcessInfo.processInfo.environment, toolVersion: Copydesk.version)
        request.stdin = readStdin()
        request.excludes = excludes
        request.configPath = config
        return request
    }
}

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check articles and print findings.",
        discussion: "Exit status: 0 nothing at the fail level, 1 findings at the fail level, 2 usage, configuration or input errors.")

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: \(ReporterRegistry.identifiers.joined(separator: "|")).")
    var format: String?

    @Option(name: .customLong("fail-level"), help: "Lowest severity that fails the run (suggestion|warning|error; default from configuration, else error).")
    var failLevel: Severity?

    @Flag(help: "Warnings count as errors for the exit status.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Show only findings at the fail level or above.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Say on standard error what a folder walk skipped: report folders, plain-text data files, files without an article extension.")
    var verbose = false

    @Flag(name: .customLong("no-color"), help: "No colour (also when NO_COLOR is set and not empty, or output is not a terminal).")
    var noColor = false

    @Flag(help: "Check the staged content of staged articles (what the next commit holds); what the pre-commit hook runs.")
    var staged = false

    @Flag(help: "Show what blocks first, one hint line and one summary line, as --staged and the git hook do (text format only).")
    var gate = false

    @Option(help: ArgumentHelp(
        "Check the articles changed in the commits BASE..TIP as TIP has them, only on the lines the range changed; what the pre-push hook runs.",
        discussion: "In the text format it shows the gate's form, as --staged does.", valueName: "BASE..TIP"))
    var commits: String?

    @Option(name: .customLong("changed-since"), help: "Report only findings on lines changed since the merge base with this git revision.")
    var changedSince: String?

    @Flag(help: ArgumentHelp(
        "Apply the safe fixes in place, atomically: the suggested content warning and the language tag. Each is listed on standard error. With '-', print the fixed text.",
        discussion: "--fix=RULE_ID (repeatable, or comma-separated; a family such as 'readability' works too) also applies that rule's wording changes, never inside quotes."))
    var fix = false

    /// `--fix=RULE_ID`, rewritten by `rewritingFixValues` (argument-parser has no flag with an optional value).
    @Option(name: .customLong("fix-rule"), help: ArgumentHelp("Same as --fix=RULE_ID.", visibility: .hidden))
    var fixRules: [String] = []

    @Flag(help: "Print a unified diff of what --fix (or --fix=RULE_ID) would change, and change nothing.")
    var diff = false

    @Option(help: "Check only shard K of N (1 ≤ K ≤ N), chosen by a stable hash of each path relative to its folder argument.")
    var shard: String?

    @Flag(name: .customLong("shard-from-env"), help: "Take the shard from JOB_COMPLETION_INDEX or AWS_BATCH_JOB_ARRAY_INDEX (0-based); needs --shards.")
    var shardFromEnv = false

    @Option(help: "The number of shards, with --shard-from-env.")
    var shards: Int?

    @Flag(name: .customLong("exit-zero"), help: "Findings never change the exit status (0); errors still exit 2.")
    var exitZero = false

    @Option(name: .customLong("files-from"), help: "Read paths to check from this file, one per line ('-' for standard input).")
    var filesFrom: String?

    func validate() throws {
        if staged && (!input.paths.isEmpty || filesFrom != nil) { throw ValidationError("--staged reads the git index; give no paths or --files-from with it") }
        if let commits {
            if CommitRange(parsing: commits) == nil { throw ValidationError("--commits takes BASE..TIP, two revisions joined by '..'; got '\(commits)'") }
            if !input.paths.isEmpty || filesFrom != nil { throw ValidationError("--commits reads the articles the commits changed; give no paths or --files-from with it") }
            if staged { throw ValidationError("give --staged (the next commit) or --commits (commits to push), not both") }
            if changedSince != nil { throw ValidationError("--commits already keeps only the lines the commits changed; drop --changed-since") }
        }
        if !staged && commits == nil && input.paths.isEmpty && filesFrom == nil {
            throw ValidationError("give at least one file or folder (or '-' for standard input), --files-from, --staged or --commits")
        }
        if filesFrom == "-" && input.paths.contains("-") {
            throw ValidationError("--files-from - reads the list of paths from standard input; '-' cannot also be an article")
        }
        _ = try shardRequested()
        if gate, let format, format != "text" { throw ValidationError("--gate shows text; it does not go with --format \(format)") }
        if fixing && (staged || commits != nil) { throw ValidationError("--fix and --diff work on files or '-', not on --staged or --commits") }
        if fixing && input.paths.contains("-") && input.paths.count > 1 {
            throw ValidationError("--fix on standard input prints the fixed text; give '-' alone")
        }
        for id in requestedFixRules {
            if let problem = FixPlan.problem(with: id) { throw ValidationError("--fix=\(id): \(problem)") }
        }
        if let format, ReporterRegistry.reporter(named: format) == nil {
            throw ValidationError("unknown format '\(format)'; expected one of: \(ReporterRegistry.identifiers.joined(separator: ", "))")
        }
    }

    func run() throws {
        var request = input.request()
        if filesFrom == "-" { request.stdin = Array(FileHandle.standardInput.readDataToEndOfFile()) }
        request.filesFrom = filesFrom
        request.shard = try shardRequested()
        request.exitZero = exitZero
        request.options.fix = fixing
        request.options.fixRules = Set(requestedFixRules)
        request.options.diff = diff
        request.format = format
        request.quiet = quiet
        request.verbose = verbose
        request.color = noColor ? .never : .auto
        request.outputIsTerminal = isatty(STDOUT_FILENO) == 1
        request.failLevel = failLevel
        request.strict = strict
        request.staged = staged
        request.changedSince = changedSince
        request.commits = commits.flatMap(CommitRange.init(parsing:))
        let hook = staged || commits != nil
        request.verdict = hook
        // The gate's short output, unless a format was asked for (a machine format keeps its report and the verdict).
        request.gate = gate || (hook && format == nil && request.formatName == "text")
        request.gateAction = commits == nil ? .commit : .push
        request.progress = true
        let status = LintSession(request: request).run(write: writeOut, inform: { printError($0) })
        if status != .clean { throw ExitCode(status.rawValue) }
    }

    /// `--fix`, `--fix=RULE_ID` or `--diff`.
    private var fixing: Bool { fix || diff || !fixRules.isEmpty }

    private var requestedFixRules: [String] {
        fixRules.flatMap { $0.split(separator: ",").map { RuleRenames.current($0.trimmingCharacters(in: .whitespaces)) } }.filter { !$0.isEmpty }
    }

    /// `--fix=RULE_ID` becomes `--fix-rule=RULE_ID` before parsing (up to a `--`), so `--fix` stays a flag.
    static func rewritingFixValues(_ arguments: [String]) -> [String] {
        var out: [String] = []
        var passthrough = false
        for argument in arguments {
            if argument == "--" { passthrough = true }
            if !passthrough, argument.hasPrefix("--fix=") {
                out.append("--fix-rule=" + argument.dropFirst("--fix=".count))
            } else {
                out.append(argument)
            }
        }
        return out
    }

    /// `--shard K/N` or `--shard-from-env --shards N`; nil for the whole run.
    private func shardRequested() throws -> Shard? {
        do {
            if (shard != nil || shardFromEnv) && input.paths.contains("-") {
                throw ValidationError("standard input cannot be sharded; give files or folders with --shard")
            }
            if shardFromEnv {
                if shard != nil { throw ValidationError("give --shard K/N or --shard-from-env, not both") }
                guard let shards else { throw ValidationError("--shard-from-env needs --shards N") }
                return try Shard.fromEnvironment(ProcessInfo.processInfo.environment, count: shards)
            }
            if shards != nil { throw ValidationError("--shards goes with --shard-from-env (or give --shard K/N)") }
            guard let shard else { return nil }
            return try Shard(parsing: shard)
        } catch let failure as Shard.Failure {
            throw ValidationError(failure.description)
        }
    }
}
