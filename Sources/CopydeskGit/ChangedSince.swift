import CopydeskCore

/// `copydesk lint --changed-since REF` in one value: finds the repository, fixes the merge base of REF
/// and HEAD once, then keeps only the findings on changed lines of each result.
public struct ChangedSince: Sendable {
    public let repository: GitRepository
    /// The merge base of REF and HEAD.
    public let base: String
    /// Folder that relative result paths are relative to.
    public let workingDirectory: String

    /// - Throws: `GitError.notARepository` outside a work tree, `GitError.unknownRevision` for an unknown REF.
    public init(ref: String, workingDirectory: String) throws {
        try self.init(ref: ref, repository: nil, workingDirectory: workingDirectory)
    }

    /// With the repository a run already found (nil: found here, or `GitError.notARepository`).
    public init(ref: String, repository: GitRepository?, workingDirectory: String) throws {
        self.repository = try repository ?? GitRepository.discover(from: workingDirectory)
        base = try self.repository.mergeBase(with: ref)
        self.workingDirectory = workingDirectory
    }

    /// The changed lines of a path as given on the command line. Files outside the repository count as
    /// entirely changed (git knows nothing older about them).
    public func changedLines(of path: String) throws -> ChangedLines {
        guard let relative = repository.relativePath(path, from: workingDirectory), !relative.isEmpty else {
            return .all
        }
        return try repository.changedLines(since: base, path: relative)
    }

    /// Changed lines of many paths as given on the command line, with two git processes per 500 paths.
    /// Prefer this (or `filter(_ results:)`) over one call per file on big runs.
    public func changedLines(of paths: [String]) throws -> [String: ChangedLines] {
        var relative: [String: String] = [:]
        var out: [String: ChangedLines] = [:]
        for path in paths {
            if let inside = repository.relativePath(path, from: workingDirectory), !inside.isEmpty {
                relative[path] = inside
            } else {
                out[path] = .all
            }
        }
        let byRelative = try repository.changedLines(since: base, paths: Array(Set(relative.values)).sorted())
        for (path, inside) in relative { out[path] = byRelative[inside] ?? .all }
        return out
    }

    /// Every result with only the findings on changed lines, in one batch.
    public func filter(_ results: [FileResult]) throws -> [FileResult] {
        let changed = try changedLines(of: results.filter { !$0.findings.isEmpty }.map(\.path))
        return results.map { result in changed[result.path].map { $0.filter(result) } ?? result }
    }

    /// `result` with only the findings on changed lines; a result without findings is returned as is.
    public func filter(_ result: FileResult) throws -> FileResult {
        guard !result.findings.isEmpty else { return result }
        return try changedLines(of: result.path).filter(result)
    }
}
