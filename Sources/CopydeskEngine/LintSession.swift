import CopydeskCore
import CopydeskGit
import CopydeskReporters
import CopydeskRules
import Foundation

/// Exit statuses, as linters agree: 0 clean, 1 findings at the fail level, 2 usage, configuration or input errors.
public enum ExitStatus: Int32, Sendable {
    case clean = 0
    case findings = 1
    case failure = 2
}

/// One `copydesk lint` run from paths (or the git index) to text on an output stream and an exit status.
public struct LintSession {
    public var paths: [String]
    public var options: LintOptions
    public var reporter: any Reporter
    public var context: ReportContext
    /// `--fail-level`; nil means the configuration's (default error).
    public var failLevel: Severity?
    /// `--strict`: warnings count as errors.
    public var strict = false
    public var excludes: [String] = []
    public var configPath: String?
    /// `--staged`: check the staged content of staged articles instead of `paths`.
    public var staged = false
    /// `--changed-since REF`: keep only findings on lines changed since the merge base with REF.
    public var changedSince: String?
    /// Progress for long runs (a bar on a terminal's standard error).
    public var showProgress = false
    /// Where the one-line verdict goes (the hook prints it on standard error); nil prints none.
    public var verdict: ((String) -> Void)?
    /// `--shard K/N` (or `--shard-from-env`): check only this shard's files.
    public var shard: Shard?
    /// `--exit-zero`: findings never change the exit status; errors still exit 2.
    public var exitZero = false
    /// `--files-from FILE` (`-`: standard input): one path per line, checked after `paths`.
    public var filesFrom: String?

    public init(paths: [String], options: LintOptions, reporter: any Reporter, context: ReportContext) {
        self.paths = paths
        self.options = options
        self.reporter = reporter
        self.context = context
    }

    /// Runs the check, writes the report through `write`, returns the exit status.
    public func run(stdin: [UInt8]? = nil, write: (String) -> Void) -> ExitStatus {
        let cwd = FileManager.default.currentDirectoryPath
        let setup: RunSetup
        switch RunSetup.resolve(configPath: configPath) {
        case .success(let resolved): setup = resolved
        case .failure(let error):
            return fail([.failure(path: DisplayPath.relative(error.path), syntax: .text, message: error.description)], write)
        }
        let base = setup.base
        let repository = try? GitRepository.discover(from: cwd)
        var options = self.options
        options.writeRoot = repository?.root ?? cwd
        let items: [InputItem]
        if staged {
            guard let repository else {
                return fail([.failure(path: cwd, syntax: .text, message: "--staged needs a git repository")], write)
            }
            do {
                items = try stagedItems(repository, extensions: base.extensions, cwd: cwd)
            } catch {
                return fail([.failure(path: repository.root, syntax: .text, message: "\(error)")], write)
            }
            if items.isEmpty {
                verdict?("copydesk: ready: no staged article")
                return .clean
            }
        } else {
            var paths = self.paths
            if let filesFrom {
                switch FilesFrom.read(filesFrom, stdin: stdin) {
                case .success(let listed): paths += listed
                case .failure(let error): return fail([.failure(path: filesFrom, syntax: .text, message: error.message)], write)
                }
            }
            items = setup.collect(paths, excludes: excludes, shard: shard)
        }
        var changed: [String: ChangedLines]?
        if let ref = changedSince {
            do {
                let gate = try ChangedSince(ref: ref, workingDirectory: cwd)
                changed = try gate.changedLines(of: items.compactMap { if case .file(let p) = $0 { return p } else { return nil } })
            } catch {
                return fail([.failure(path: ref, syntax: .text, message: "--changed-since: \(error)")], write)
            }
        }
        let policy = setup.policy(failLevel: failLevel, strict: strict)
        var context = self.context
        context.failLevel = policy.failLevel
        let runner = setup.runner(options, stdin: stdin)
        let bar = showProgress && items.count >= 20 ? ProgressBar(total: items.count) : nil
        var summary = Summary()
        var blocking = false
        var verdictResults: [FileResult] = []
        let streaming = reporter as? any StreamingReporter
        var collected: [FileResult] = []
        if let streaming { write(streaming.header(context: context)) }
        runner.run(items) { index, raw in
            var result = policy.apply(raw)
            if let lines = changed?[result.path] { result = lines.filter(result) }
            summary.add(result)
            if policy.blocks(result) { blocking = true }
            if verdict != nil { verdictResults.append(FileResult(path: result.path, language: result.language, syntax: result.syntax, findings: result.findings.filter { $0.severity >= policy.failLevel }, error: result.error)) }
            if let streaming {
                write(streaming.body(result, index: index, context: context))
            } else {
                collected.append(result)
            }
            bar?.advance()
        }
        bar?.finish()
        if let streaming {
            write(streaming.footer(summary: summary, context: context))
        } else {
            write(reporter.report(collected, summary: summary, context: context))
        }
        verdict?(policy.verdict(verdictResults))
        if summary.failedFiles > 0 { return .failure }
        return blocking && !exitZero ? .findings : .clean
    }

    /// Staged articles as items read from the index, shown relative to the working folder.
    private func stagedItems(_ repository: GitRepository, extensions: [String], cwd: String) throws -> [InputItem] {
        let staged = StagedFiles(repository: repository)
        let paths = try staged.articlePaths(extensions: extensions)
        guard !paths.isEmpty else { return [] }
        let contents = try staged.contents(of: paths)
        return zip(paths, contents).map { path, data in
            let absolute = staged.absolutePath(of: path)
            return .content(path: DisplayPath.relative(absolute, to: cwd), configPath: absolute, bytes: Array(data))
        }
    }

    private func fail(_ results: [FileResult], _ write: (String) -> Void) -> ExitStatus {
        var summary = Summary()
        for result in results { summary.add(result) }
        write(reporter.report(results, summary: summary, context: context))
        return .failure
    }
}
