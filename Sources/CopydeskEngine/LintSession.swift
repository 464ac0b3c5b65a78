import CopydeskCore
import CopydeskReporters
import CopydeskRules
import Foundation

/// Exit statuses, as linters agree: 0 clean, 1 findings at the fail level, 2 usage, configuration or input errors.
public enum ExitStatus: Int32, Sendable {
    case clean = 0
    case findings = 1
    case failure = 2
}

/// One `copydesk lint` run from paths to text on an output stream and an exit status.
public struct LintSession {
    public var paths: [String]
    public var options: LintOptions
    public var reporter: any Reporter
    public var context: ReportContext
    /// `--fail-level`; nil means the configuration's (default error).
    public var failLevel: Severity?
    /// `--strict`: warnings count as errors for the exit status.
    public var strict = false
    public var excludes: [String] = []
    public var configPath: String?
    /// Called with (done, total) after each file, for a progress bar.
    public var progress: ((Int, Int) -> Void)?

    public init(paths: [String], options: LintOptions, reporter: any Reporter, context: ReportContext) {
        self.paths = paths
        self.options = options
        self.reporter = reporter
        self.context = context
    }

    /// Runs the check, writes the report through `write`, returns the exit status.
    public func run(stdin: [UInt8]? = nil, write: (String) -> Void) -> ExitStatus {
        let resolver = ConfigurationResolver(explicitPath: configPath)
        let cwd = FileManager.default.currentDirectoryPath
        let base: Configuration
        switch resolver.configuration(forDirectory: cwd) {
        case .success(let config): base = config
        case .failure(let error):
            write(reporter.report([.failure(path: error.path, syntax: .text, message: error.description)],
                                  summary: { var s = Summary(); s.failedFiles = 1; s.files = 1; return s }(), context: context))
            return .failure
        }
        let collector = FileCollector(extensions: base.extensions, excludes: base.exclude + excludes)
        let items = collector.collect(paths)
        let runner = LintRunner(options: options, resolver: resolver, dataDirectory: DataDirectory.locate(), stdin: stdin)
        let failLevel = self.failLevel ?? base.failLevel
        var summary = Summary()
        var blocking = false
        let streaming = reporter as? any StreamingReporter
        var collected: [FileResult] = []
        if let streaming { write(streaming.header(context: context)) }
        runner.run(items) { index, result in
            summary.add(result)
            if result.findings.contains(where: { effective($0.severity) >= failLevel }) { blocking = true }
            if let streaming {
                write(streaming.body(result, index: index, context: context))
            } else {
                collected.append(result)
            }
            progress?(index + 1, items.count)
        }
        if let streaming {
            write(streaming.footer(summary: summary, context: context))
        } else {
            write(reporter.report(collected, summary: summary, context: context))
        }
        if summary.failedFiles > 0 { return .failure }
        return blocking ? .findings : .clean
    }

    private func effective(_ severity: Severity) -> Severity {
        strict && severity == .warning ? .error : severity
    }
}
