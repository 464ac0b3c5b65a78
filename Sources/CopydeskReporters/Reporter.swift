import CopydeskCore

/// What every reporter may need besides the results. Passed in, so output is byte-stable in tests.
public struct ReportContext: Sendable {
    public var toolVersion: String
    /// Every rule's description, for formats that carry rule metadata (SARIF) or explain findings.
    public var rules: [RuleDescription]
    /// Paths in results are made relative to this folder where a format asks for it (SARIF URIs).
    public var baseDirectory: String?
    /// ANSI colour in text output.
    public var color: Bool
    /// Only findings at or above this level are shown by text formats (`--quiet` raises it to the fail level).
    public var minimumSeverity: Severity
    /// The level at which a finding blocks (`--fail-level`); JUnit reports those as failures.
    public var failLevel: Severity
    /// Absolute folder that relative result paths are relative to (the process's working directory).
    /// Needed to express them relative to `baseDirectory`; nil means they already are.
    public var workingDirectory: String?
    /// Files that could not be checked are told on standard error by the front end: text output leaves them out
    /// (machine formats still carry them, as failed files).
    public var errorsOnStandardError = false

    public init(toolVersion: String, rules: [RuleDescription] = [], baseDirectory: String? = nil,
                color: Bool = false, minimumSeverity: Severity = .suggestion,
                failLevel: Severity = .error, workingDirectory: String? = nil) {
        self.toolVersion = toolVersion
        self.rules = rules
        self.baseDirectory = baseDirectory
        self.color = color
        self.minimumSeverity = minimumSeverity
        self.failLevel = failLevel
        self.workingDirectory = workingDirectory
    }
}

/// A pure function from results to text. One type per file, listed once in `ReporterRegistry`.
public protocol Reporter: Sendable {
    /// The `--format` name.
    static var identifier: String { get }
    init()
    func report(_ results: [FileResult], summary: Summary, context: ReportContext) -> String
}

/// A reporter that can write each file's part as soon as the file is checked, so memory stays flat on big runs.
/// `report` is then the concatenation of `header`, each `body` and `footer`.
public protocol StreamingReporter: Reporter {
    func header(context: ReportContext) -> String
    func body(_ result: FileResult, index: Int, context: ReportContext) -> String
    func footer(summary: Summary, context: ReportContext) -> String
}

extension StreamingReporter {
    public func report(_ results: [FileResult], summary: Summary, context: ReportContext) -> String {
        var out = header(context: context)
        for (i, result) in results.enumerated() { out += body(result, index: i, context: context) }
        out += footer(summary: summary, context: context)
        return out
    }
}
