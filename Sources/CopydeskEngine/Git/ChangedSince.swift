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
        repository = try GitRepository.discover(from: workingDirectory)
        base = try repository.mergeBase(with: ref)
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

    /// `result` with only the findings on changed lines; a result without findings is returned as is.
    public func filter(_ result: FileResult) throws -> FileResult {
        guard !result.findings.isEmpty else { return result }
        return try changedLines(of: result.path).filter(result)
    }
}
