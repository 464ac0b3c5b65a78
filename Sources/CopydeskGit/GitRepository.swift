import Foundation

/// A git work tree, driven by running `git` directly (Foundation `Process`, no shell). Every command runs
/// at the work tree's root with `--literal-pathspecs`, so paths are root-relative and never globs.
/// The environment is inherited: inside a hook, git's `GIT_INDEX_FILE` keeps pointing at the right index.
public struct GitRepository: Sendable {
    /// Absolute path of the work tree's top folder.
    public let root: String
    /// The git executable.
    public let git: String

    /// The repository containing `directory` (`git rev-parse --show-toplevel`).
    public static func discover(from directory: String) throws -> GitRepository {
        let git = try locateGit()
        let output: Data
        do {
            output = try GitProcess.run(git, ["rev-parse", "--show-toplevel"], in: directory)
        } catch GitError.commandFailed {
            throw GitError.notARepository(directory)
        }
        let root = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .newlines)
        guard !root.isEmpty else { throw GitError.notARepository(directory) }
        return GitRepository(root: root, git: git)
    }

    public init(root: String, git: String) {
        self.root = root
        self.git = git
    }

    /// Runs `git --literal-pathspecs ARGS` at the root and returns its standard output.
    @discardableResult
    public func run(_ arguments: [String], input: Data? = nil) throws -> Data {
        try GitProcess.run(git, ["--literal-pathspecs"] + arguments, in: root, input: input)
    }

    /// Where git looks for hooks (`git rev-parse --git-path hooks`), absolute. Honours `core.hooksPath`
    /// and linked work trees.
    public func hooksDirectory() throws -> String {
        let output = String(decoding: try run(["rev-parse", "--git-path", "hooks"]), as: UTF8.self)
        let path = output.trimmingCharacters(in: .newlines)
        return path.hasPrefix("/") ? path : root + "/" + path
    }

    /// Staged regular files that were added, copied or modified (renames count as added), root-relative,
    /// in git's order. Symbolic links and submodules are left out: their "content" is not an article.
    public func stagedPaths() throws -> [String] {
        let raw = try run(["diff", "--cached", "--raw", "-z", "--no-abbrev", "--no-renames", "--diff-filter=ACM"])
        return StagedEntry.parse(raw).filter { $0.mode == "100644" || $0.mode == "100755" }.map(\.path)
    }

    /// The staged bytes of a root-relative path (`git show :0:PATH`), not the working copy.
    public func stagedContent(of path: String) throws -> Data {
        try run(["show", ":0:" + path])
    }

    /// The staged bytes of many root-relative paths from one `git cat-file --batch`, in the order given.
    /// Names containing a line break (which the batch protocol cannot carry) fall back to `git show`.
    public func stagedContents(of paths: [String]) throws -> [Data] {
        try blobs(named: ":0:", paths)
    }

    /// The bytes of many root-relative paths as `commit` has them (not the working copy), from one
    /// `git cat-file --batch`, in the order given. For the pre-push check (`lint --commits`).
    public func contents(at commit: String, of paths: [String]) throws -> [Data] {
        try blobs(named: commit + ":", paths)
    }

    /// `PREFIX + path` for each path (`:0:` the index, `SHA:` a commit), read in one batch.
    private func blobs(named prefix: String, _ paths: [String]) throws -> [Data] {
        let batchable = paths.filter { !$0.contains("\n") && !$0.contains("\r") }
        var contents: [String: Data] = [:]
        if !batchable.isEmpty {
            let request = Data(batchable.map { "\(prefix)\($0)\n" }.joined().utf8)
            let output = try run(["cat-file", "--batch"], input: request)
            let blobs = CatFileBatch.parse(output)
            for (path, blob) in zip(batchable, blobs) { contents[path] = blob }
        }
        return try paths.map { path in
            if let data = contents[path] { return data }
            return try run(["show", prefix + path])
        }
    }

    /// Regular files that `tip` added, copied or modified since `base` (renames count as added), root-relative,
    /// in git's order (`git diff --raw base tip`). Symbolic links and submodules are left out.
    public func changedPaths(from base: String, to tip: String) throws -> [String] {
        let raw = try run(["diff", "--raw", "-z", "--no-abbrev", "--no-renames", "--diff-filter=ACM", base, tip])
        return StagedEntry.parse(raw).filter { $0.mode == "100644" || $0.mode == "100755" }.map(\.path)
    }

    /// The lines of each root-relative path in `tip` that differ from `base` (one `git diff -U0 base tip` per
    /// 500 paths). A path missing from the diff did not change (`.ranges([])`); a file new in `tip` is all added.
    public func changedLines(from base: String, to tip: String, paths: [String]) throws -> [String: ChangedLines] {
        var changed: [String: ChangedLines] = [:]
        var start = 0
        while start < paths.count {
            let chunk = Array(paths[start..<min(start + 500, paths.count)])
            start += chunk.count
            for path in chunk { changed[path] = .ranges([]) }
            let diff = try run([
                "-c", "core.quotePath=false", "diff", "-U0", "--no-color", "--no-ext-diff", "--no-textconv",
                "--no-renames", "--src-prefix=a/", "--dst-prefix=b/", base, tip, "--",
            ] + chunk)
            for (path, text) in DiffSections.split(String(decoding: diff, as: UTF8.self)) where changed[path] != nil {
                changed[path] = ChangedLines(unifiedDiff: text)
            }
        }
        return changed
    }

    /// The best common ancestor of two commits; `first` itself when they have none (unrelated histories).
    public func mergeBase(of first: String, and second: String) throws -> String {
        guard let output = try? run(["merge-base", first, second]) else { return first }
        let base = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return base.isEmpty ? first : base
    }

    /// The commit a revision names (`git rev-parse --verify REV^{commit}`), or `GitError.unknownRevision`.
    public func commit(_ revision: String) throws -> String {
        do {
            let output = try run(["rev-parse", "--verify", "--quiet", revision + "^{commit}"])
            return String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        } catch GitError.commandFailed {
            throw GitError.unknownRevision(revision)
        }
    }

    /// The best common ancestor of `ref` and `HEAD`.
    public func mergeBase(with ref: String) throws -> String {
        do {
            try run(["rev-parse", "--verify", "--quiet", ref + "^{commit}"])
        } catch GitError.commandFailed {
            throw GitError.unknownRevision(ref)
        }
        let output = try run(["merge-base", ref, "HEAD"])
        return String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Lines of the working copy of a root-relative path that differ from `commit`
    /// (`git diff -U0 COMMIT -- PATH`). A file git does not track counts as entirely changed.
    public func changedLines(since commit: String, path: String) throws -> ChangedLines {
        guard try isTracked(path) else { return .all }
        let diff = try run(["diff", "-U0", "--no-color", "--no-ext-diff", "--no-textconv", "--no-renames", commit, "--", path])
        return ChangedLines(unifiedDiff: String(decoding: diff, as: UTF8.self))
    }

    /// The same for many root-relative paths with two git processes per 500 paths: `ls-files` to find
    /// the untracked ones (entirely changed), then one `git diff -U0` split per file. A tracked path
    /// missing from the diff did not change (`.ranges([])`).
    public func changedLines(since commit: String, paths: [String]) throws -> [String: ChangedLines] {
        var changed: [String: ChangedLines] = [:]
        var start = 0
        while start < paths.count {
            let chunk = Array(paths[start..<min(start + 500, paths.count)])
            start += chunk.count
            let listed = try run(["ls-files", "-z", "--"] + chunk)
            let tracked = Set(listed.split(separator: 0).map { String(decoding: $0, as: UTF8.self) })
            for path in chunk { changed[path] = tracked.contains(path) ? .ranges([]) : .all }
            let trackedChunk = chunk.filter(tracked.contains)
            guard !trackedChunk.isEmpty else { continue }
            let diff = try run([
                "-c", "core.quotePath=false", "diff", "-U0", "--no-color", "--no-ext-diff", "--no-textconv",
                "--no-renames", "--src-prefix=a/", "--dst-prefix=b/", commit, "--",
            ] + trackedChunk)
            for (path, text) in DiffSections.split(String(decoding: diff, as: UTF8.self)) where changed[path] != nil {
                changed[path] = ChangedLines(unifiedDiff: text)
            }
        }
        return changed
    }

    /// Whether git tracks the path (in the index).
    public func isTracked(_ path: String) throws -> Bool {
        !(try run(["ls-files", "-z", "--", path]).isEmpty)
    }

    /// `path` (absolute, or relative to `directory`) relative to the root; nil when it lies outside.
    /// Symbolic links in either are resolved, so `/tmp` and `/private/tmp` agree.
    public func relativePath(_ path: String, from directory: String) -> String? {
        let absolute = path.hasPrefix("/") ? path : directory + "/" + path
        let resolved = URL(fileURLWithPath: absolute).standardizedFileURL.resolvingSymlinksInPath().path
        let base = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath().path
        if resolved == base { return "" }
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return resolved.hasPrefix(prefix) ? String(resolved.dropFirst(prefix.count)) : nil
    }

    /// The first `git` on PATH.
    static func locateGit() throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(dir)/git") {
            return "\(dir)/git"
        }
        throw GitError.gitNotFound
    }
}
