import CopydeskCore
import CopydeskReporters
import Foundation

/// Everything a front end asks of one run, as plain values: the CLI builds it from its flags, a service from an
/// HTTP request, a batch job from a files-from list and a shard. The engine (`LintEngine`) reads the
/// configuration, settles the policy and only then builds the reporters' context, so no front end half-builds it.
public struct LintRequest: Sendable {
    /// Files or folders to check; `-` is standard input (`stdin`).
    public var paths: [String]
    /// The bytes of `-`, when `paths` has it.
    public var stdin: [UInt8]?
    /// Articles held in memory, checked under a label path (a service's request body). Never read from disk:
    /// their configuration is the working folder's (or `configPath`), whatever the label says.
    public var texts: [LintText] = []
    /// `--staged`: check the staged content of staged articles (the git index) instead of `paths`.
    public var staged = false
    /// `--changed-since REF`: keep only findings on lines changed since the merge base with REF.
    public var changedSince: String?
    /// `--commits BASE..TIP` (the pre-push check): the articles TIP changed since BASE, read as TIP has them
    /// (not the working copy), with only the findings on the lines the range changed.
    public var commits: CommitRange?
    /// `--exclude` globs, on top of the configuration's `exclude`.
    public var excludes: [String] = []
    /// `--config`: this file for every input instead of the nearest `.copydesk.yml`.
    public var configPath: String?
    /// The folder relative paths are read from and shown against; the base configuration is found from here.
    public var workingDirectory: String
    /// `--files-from FILE` (`-`: the list is `stdin`): one path per line, checked after `paths`.
    public var filesFrom: String?
    /// Only this slice of the collected files (`--shard K/N`, keyed by path under its folder argument); nil
    /// checks them all.
    public var shard: Shard?

    /// The `--format` name; nil is the default for the environment (`github` inside GitHub Actions, else `text`).
    public var format: String?
    /// `--quiet`: text formats show only findings at the fail level or above (the settled one, configuration
    /// included).
    public var quiet = false
    public var color: ColorWish = .auto
    /// Whether the report goes to a terminal (colour in `.auto`; progress bar on long runs).
    public var outputIsTerminal = false
    /// `--fail-level`; nil is the configuration's (default error).
    public var failLevel: Severity?
    /// `--strict`: warnings count as errors.
    public var strict = false
    /// `--exit-zero`: findings never change the exit status; errors still exit 2.
    public var exitZero = false
    /// Print the one-line verdict (the hook's `copydesk: ready: ...`) through the run's `inform`.
    public var verdict = false
    /// The gate's output in place of the report (`--staged` and `--gate` in the text format): what blocks first,
    /// one hint line, one summary line (`GateReport`).
    public var gate = false
    /// What the gate stands before: its hint says how to commit, or push, again and how to skip it once.
    public var gateAction: GateReport.Action = .commit
    /// Say on standard error what the folder walks left out (`--verbose`).
    public var verbose = false
    /// A progress bar on standard error for runs of 20 files or more.
    public var progress = false

    /// How files are read (syntax, language, dictionaries, jobs, fix).
    public var options: LintOptions
    /// The environment (`NO_COLOR`, `GITHUB_ACTIONS`).
    public var environment: [String: String]
    public var toolVersion: String

    public init(paths: [String] = [], workingDirectory: String = FileManager.default.currentDirectoryPath,
                options: LintOptions = LintOptions(), environment: [String: String] = [:], toolVersion: String = "") {
        self.paths = paths
        self.workingDirectory = workingDirectory
        self.options = options
        self.environment = environment
        self.toolVersion = toolVersion
    }

    /// The format name this request settles on.
    public var formatName: String {
        format ?? ReporterRegistry.defaultIdentifier(environment: environment)
    }
}

/// `--no-color` and friends: what the user asked for; the engine decides with the terminal and the format.
public enum ColorWish: String, Sendable {
    /// Colour on a terminal, for the text format, unless `NO_COLOR` is set to a non-empty value (no-color.org:
    /// an empty `NO_COLOR=` does not turn colour off).
    case auto
    case never
    case always
}

/// One article in memory: the service's unit of work.
public struct LintText: Sendable, Equatable {
    /// A label for messages and, without `syntax`, the syntax by extension. Never opened.
    public var path: String
    public var bytes: [UInt8]
    /// Overrides the label's extension.
    public var syntax: Syntax?
    /// Overrides front matter and configuration, like `--lang`.
    public var language: String?

    public init(path: String, bytes: [UInt8], syntax: Syntax? = nil, language: String? = nil) {
        self.path = path
        self.bytes = bytes
        self.syntax = syntax
        self.language = language
    }
}

/// `BASE..TIP` as the pre-push hook gives it: what pushing TIP adds to a remote that has BASE.
public struct CommitRange: Sendable, Equatable, CustomStringConvertible {
    public var base: String
    public var tip: String

    public init(base: String, tip: String) {
        self.base = base
        self.tip = tip
    }

    /// `BASE..TIP`; nil for anything else (`...`, a missing side).
    public init?(parsing text: String) {
        guard let range = text.range(of: ".."), !text.contains("...") else { return nil }
        let base = String(text[..<range.lowerBound]), tip = String(text[range.upperBound...])
        guard !base.isEmpty, !tip.isEmpty, !tip.contains("..") else { return nil }
        self.init(base: base, tip: tip)
    }

    public var description: String { "\(base)..\(tip)" }
}
