import CopydeskCore
import CopydeskGit
import CopydeskReporters
import CopydeskRules
import Foundation

/// Why a run could not start: the configuration, the format, the git index or `--changed-since`. Shown as a
/// failed file at `path` (so machine formats carry it) and on standard error; the exit status is 2.
public struct RunError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}

/// A request made ready to run: the working folder's configuration read, the policy settled, the git
/// repository found once, and from them the reporters' context. Long-lived front ends (a service) open one
/// engine and call `check(_:)` from many threads; the CLI's sessions open one per run.
public final class LintEngine: @unchecked Sendable {
    public let request: LintRequest
    /// The working folder's configuration (extensions, excludes, fail level).
    public let base: Configuration
    public let policy: PublishPolicy
    /// The repository holding the working folder, found once; nil outside one.
    public let repository: GitRepository?
    /// The reporters' context, finished once the policy is known (`--quiet` hides below the settled fail level).
    public let context: ReportContext
    public let reporter: any Reporter
    public let runner: LintRunner
    let setup: RunSetup

    private init(request: LintRequest, setup: RunSetup, reporter: any Reporter, repository: GitRepository?) {
        self.request = request
        self.setup = setup
        self.base = setup.base
        self.reporter = reporter
        self.repository = repository
        policy = setup.policy(failLevel: request.failLevel, strict: request.strict)
        context = Self.context(for: request, failLevel: policy.failLevel, repository: repository)
        var options = request.options
        options.writeRoot = repository?.root ?? request.workingDirectory
        runner = setup.runner(options, stdin: request.stdin)
    }

    /// Reads the configuration of the working folder (or `configPath`) and checks the format name.
    public static func open(_ request: LintRequest) -> Result<LintEngine, RunError> {
        guard let reporter = ReporterRegistry.reporter(named: request.formatName) else {
            return .failure(RunError(path: request.formatName, message: "unknown format '\(request.formatName)'; expected one of: "
                                     + ReporterRegistry.identifiers.joined(separator: ", ")))
        }
        switch RunSetup.resolve(configPath: request.configPath, workingDirectory: request.workingDirectory) {
        case .success(let setup):
            let repository = try? GitRepository.discover(from: request.workingDirectory)
            return .success(LintEngine(request: request, setup: setup, reporter: reporter, repository: repository))
        case .failure(let error):
            return .failure(RunError(path: DisplayPath.relative(error.path, to: request.workingDirectory), message: error.description))
        }
    }

    /// The context for a request before any configuration is known: for reporting a run that could not start.
    public static func context(for request: LintRequest, failLevel: Severity? = nil, repository: GitRepository? = nil) -> ReportContext {
        let failLevel = failLevel ?? request.failLevel ?? .error
        let color: Bool
        switch request.color {
        case .never: color = false
        case .always: color = true
        case .auto: color = request.outputIsTerminal && (request.environment["NO_COLOR"] ?? "").isEmpty && request.formatName == "text"
        }
        return ReportContext(
            toolVersion: request.toolVersion, rules: RuleRegistry.all.map { $0.description },
            baseDirectory: repository?.root ?? request.workingDirectory, color: color,
            minimumSeverity: request.quiet ? failLevel : .suggestion, failLevel: failLevel,
            workingDirectory: request.workingDirectory)
    }

    /// The articles the request names: the git index with `staged`, else the collected paths and the
    /// files-from list (only the request's shard of them); then the texts. `skipped` hears one line per kind of
    /// file the folder walks left out (report folders, data files, other extensions).
    public func items(skipped: (String) -> Void = { _ in }) -> Result<[InputItem], RunError> {
        var items: [InputItem]
        if request.staged {
            guard let repository else {
                return .failure(RunError(path: request.workingDirectory, message: "--staged needs a git repository"))
            }
            do {
                items = try stagedItems(repository)
            } catch {
                return .failure(RunError(path: repository.root, message: "\(error)"))
            }
        } else if let commits = request.commits {
            guard let repository else {
                return .failure(RunError(path: request.workingDirectory, message: "--commits needs a git repository"))
            }
            do {
                items = try committedItems(repository, commits)
            } catch {
                return .failure(RunError(path: commits.description, message: "--commits: \(error)"))
            }
        } else {
            var paths = request.paths
            if let filesFrom = request.filesFrom {
                switch FilesFrom.read(filesFrom, stdin: request.stdin) {
                case .success(let listed): paths += listed
                case .failure(let error): return .failure(RunError(path: filesFrom, message: error.message))
                }
            }
            let collected = setup.collect(paths, excludes: request.excludes, shard: request.shard)
            items = collected.items
            collected.skipped.lines.forEach(skipped)
        }
        items += request.texts.map { .text($0) }
        return .success(items)
    }

    /// Changed lines per collected file for `--changed-since`; nil without it.
    public func changedLines(of items: [InputItem]) -> Result<[String: ChangedLines]?, RunError> {
        if let commits = request.commits, let repository {
            do {
                return .success(try committedChanges(repository, commits))
            } catch {
                return .failure(RunError(path: commits.description, message: "--commits: \(error)"))
            }
        }
        guard let ref = request.changedSince else { return .success(nil) }
        do {
            let gate = try ChangedSince(ref: ref, repository: repository, workingDirectory: request.workingDirectory)
            return .success(try gate.changedLines(of: items.compactMap { if case .file(let p) = $0 { return p } else { return nil } }))
        } catch {
            return .failure(RunError(path: ref, message: "--changed-since: \(error)"))
        }
    }

    /// Checks one article in memory, as `lint` would check the same bytes in a file of the working folder,
    /// with the policy applied (`--strict`). Thread-safe.
    public func check(_ text: LintText) -> FileResult {
        policy.apply(runner.check(.text(text)))
    }

    /// Opens `workers` workers' dictionaries now (the configuration's language first, then `languages`), for a
    /// service that answers no request before they are open. Returns the dictionary names open on every worker,
    /// or the error of the configuration's own dictionary.
    public func prepare(workers: Int, languages: [String]) -> Result<[String], RunError> {
        let answers = runner.prepare(workers: workers, languages: [base.language] + languages,
                                     configPath: "\(request.workingDirectory)/stdin")
        if let failure = answers.first?.failure {
            return .failure(RunError(path: base.path.map { DisplayPath.relative($0, to: request.workingDirectory) } ?? base.language,
                                     message: failure))
        }
        var names: [String] = []
        for answer in answers where answer.failure == nil && !names.contains(answer.name) { names.append(answer.name) }
        return .success(names)
    }

    /// The articles `commits.tip` changed since `commits.base`, as items read from the tip commit.
    private func committedItems(_ repository: GitRepository, _ commits: CommitRange) throws -> [InputItem] {
        let (_, tip, paths) = try committedArticles(repository, commits)
        guard !paths.isEmpty else { return [] }
        let contents = try repository.contents(at: tip, of: paths)
        return zip(paths, contents).map { path, data in
            let absolute = repository.root + "/" + path
            return .content(path: DisplayPath.relative(absolute, to: request.workingDirectory), configPath: absolute, bytes: Array(data))
        }
    }

    /// The lines each changed article's tip differs from the base in, keyed as the items show the paths.
    private func committedChanges(_ repository: GitRepository, _ commits: CommitRange) throws -> [String: ChangedLines] {
        let (base, tip, paths) = try committedArticles(repository, commits)
        var out: [String: ChangedLines] = [:]
        for (path, lines) in try repository.changedLines(from: base, to: tip, paths: paths) {
            out[DisplayPath.relative(repository.root + "/" + path, to: request.workingDirectory)] = lines
        }
        return out
    }

    /// The range's commits (the base is the merge base, so what the remote gained meanwhile is not counted as
    /// changed) and the root-relative articles the tip changed.
    private func committedArticles(_ repository: GitRepository, _ commits: CommitRange) throws -> (base: String, tip: String, paths: [String]) {
        let tip = try repository.commit(commits.tip)
        let base = try repository.mergeBase(of: repository.commit(commits.base), and: tip)
        return (base, tip, StagedFiles.articles(try repository.changedPaths(from: base, to: tip), extensions: self.base.extensions))
    }

    /// Staged articles as items read from the index, shown relative to the working folder.
    private func stagedItems(_ repository: GitRepository) throws -> [InputItem] {
        let staged = StagedFiles(repository: repository)
        let paths = try staged.articlePaths(extensions: base.extensions)
        guard !paths.isEmpty else { return [] }
        let contents = try staged.contents(of: paths)
        return zip(paths, contents).map { path, data in
            let absolute = staged.absolutePath(of: path)
            return .content(path: DisplayPath.relative(absolute, to: request.workingDirectory), configPath: absolute, bytes: Array(data))
        }
    }
}
