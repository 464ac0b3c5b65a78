/// Why a git operation failed. Messages are for people: they say what went wrong and what to do.
public enum GitError: Error, Equatable, CustomStringConvertible {
    /// `git` could not be started.
    case gitNotFound
    /// The folder is not inside a git work tree.
    case notARepository(String)
    /// A git command exited non-zero.
    case commandFailed(arguments: [String], status: Int32, stderr: String)
    /// `--changed-since REF` names nothing git knows.
    case unknownRevision(String)

    public var description: String {
        switch self {
        case .gitNotFound:
            return "git was not found on PATH"
        case .notARepository(let folder):
            return "\(folder) is not inside a git work tree"
        case .commandFailed(let arguments, let status, let stderr):
            let detail = stderr.trimmingCharacters(in: .whitespacesAndNewlines)
            return "git \(arguments.joined(separator: " ")) failed (exit \(status))" + (detail.isEmpty ? "" : ": \(detail)")
        case .unknownRevision(let ref):
            return "git does not know the revision \(ref); fetch it first (in CI: actions/checkout with fetch-depth: 0)"
        }
    }
}
