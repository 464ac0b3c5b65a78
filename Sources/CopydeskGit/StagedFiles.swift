import Foundation

/// The articles staged for the next commit, read from the index (what will be committed), not from the
/// working copy. For `copydesk lint --staged` and the pre-commit hook.
public struct StagedFiles: Sendable {
    public let repository: GitRepository

    public init(repository: GitRepository) {
        self.repository = repository
    }

    /// Root-relative paths of staged (added, copied or modified) files whose extension is one of
    /// `extensions` (case-insensitive, with or without the leading dot). Empty when nothing matches.
    public func articlePaths(extensions: [String]) throws -> [String] {
        Self.articles(try repository.stagedPaths(), extensions: extensions)
    }

    /// The root-relative paths whose extension is one of `extensions` (case-insensitive, with or without the dot).
    public static func articles(_ paths: [String], extensions: [String]) -> [String] {
        let wanted = Set(extensions.map { ($0.hasPrefix(".") ? String($0.dropFirst()) : $0).lowercased() })
        return paths.filter { path in
            let name = path.split(separator: "/").last.map(String.init) ?? path
            guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
            return wanted.contains(name[name.index(after: dot)...].lowercased())
        }
    }

    /// The staged bytes of a root-relative path.
    public func content(of path: String) throws -> Data {
        try repository.stagedContent(of: path)
    }

    /// The staged bytes of many root-relative paths, in order, from one git process: prefer this on big commits.
    public func contents(of paths: [String]) throws -> [Data] {
        try repository.stagedContents(of: paths)
    }

    /// Absolute path of a root-relative path, e.g. to find the `.copydesk.yml` that applies to it.
    public func absolutePath(of path: String) -> String {
        repository.root + "/" + path
    }
}
