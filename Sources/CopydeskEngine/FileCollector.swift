import CopydeskCore
import Foundation

/// One file to check, or a path that could not be used.
public enum InputItem: Sendable, Equatable {
    case file(String)
    case stdin(name: String)
    /// Bytes read from elsewhere (the git index), shown as `path`, configured as the file at `configPath`.
    case content(path: String, configPath: String, bytes: [UInt8])
    /// An article in memory under a label path (a service's request), configured from the working folder.
    case text(LintText)
    case problem(path: String, message: String)

    /// The path the item is shown as.
    public var path: String {
        switch self {
        case .file(let path), .content(let path, _, _), .problem(let path, _): return path
        case .stdin(let name): return name
        case .text(let text): return text.path
        }
    }
}

/// Expands the paths a user gave into article files: folders recursively (sorted, hidden entries skipped),
/// by extension, minus `--exclude` globs. Broken links and link loops are problems, never crashes.
public struct FileCollector: Sendable {
    public var extensions: Set<String>
    public var excludes: [String]
    /// Keeps only this shard's files and problems (`--shard`), keyed by path relative to the folder argument.
    public var shard: Shard?
    /// Relative paths are found from here; items keep the paths as given.
    public var workingDirectory: String?

    public init(extensions: [String], excludes: [String], shard: Shard? = nil, workingDirectory: String? = nil) {
        self.extensions = Set(extensions.map { $0.lowercased() })
        self.excludes = excludes
        self.shard = shard
        self.workingDirectory = workingDirectory
    }

    /// Where a path as given is on disk.
    private func located(_ path: String) -> String {
        guard let workingDirectory, !path.hasPrefix("/") else { return path }
        return workingDirectory.hasSuffix("/") ? workingDirectory + path : workingDirectory + "/" + path
    }

    public func collect(_ paths: [String]) -> [InputItem] {
        var items: [InputItem] = []
        for path in paths {
            if path == "-" { items.append(.stdin(name: "-")); continue }
            var info = stat()
            let mine = shard?.contains(key: Shard.key(of: path, under: nil)) ?? true
            guard lstat(located(path), &info) == 0 else {
                if mine { items.append(.problem(path: path, message: "no such file or folder")) }
                continue
            }
            var target = stat()
            if stat(located(path), &target) != 0 {
                if mine { items.append(.problem(path: path, message: "broken symbolic link")) }
                continue
            }
            if target.st_mode & S_IFMT == S_IFDIR {
                var visited: Set<[UInt64]> = [[UInt64(target.st_dev), UInt64(target.st_ino)]]
                var found: [InputItem] = []
                walk(path, visited: &visited, into: &found)
                items += shard.map { shard in found.filter { shard.contains(key: Shard.key(of: $0.path, under: path)) } } ?? found
            } else {
                // A file named explicitly is checked whatever its extension.
                if !isExcluded(path), mine { items.append(.file(path)) }
            }
        }
        return items
    }

    private func walk(_ directory: String, visited: inout Set<[UInt64]>, into items: inout [InputItem]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: located(directory)) else {
            items.append(.problem(path: directory, message: "cannot read the folder"))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            if isExcluded(path) { continue }
            var link = stat()
            guard lstat(located(path), &link) == 0 else { continue }
            let isLink = link.st_mode & S_IFMT == S_IFLNK
            var info = stat()
            if stat(located(path), &info) != 0 {
                if isLink, hasArticleExtension(name) { items.append(.problem(path: path, message: "broken symbolic link")) }
                continue
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                let key = [UInt64(info.st_dev), UInt64(info.st_ino)]
                if visited.contains(key) {
                    items.append(.problem(path: path, message: "symbolic link loop; not followed"))
                    continue
                }
                visited.insert(key)
                walk(path, visited: &visited, into: &items)
                visited.remove(key)
            } else if info.st_mode & S_IFMT == S_IFREG, hasArticleExtension(name) {
                items.append(.file(path))
            }
        }
    }

    private func hasArticleExtension(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: ".") else { return false }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }

    private func isExcluded(_ path: String) -> Bool {
        let trimmed = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        return excludes.contains { pattern in
            Glob.matches(pattern, trimmed) || Glob.matches(pattern, (trimmed as NSString).lastPathComponent)
                || Glob.matches("*/" + pattern, trimmed)
        }
    }
}

/// Shell-style globs with `**` spanning folders.
public enum Glob {
    public static func matches(_ pattern: String, _ path: String) -> Bool {
        let p = Array(pattern.unicodeScalars), s = Array(path.unicodeScalars)
        return match(p, 0, s, 0)
    }

    private static func match(_ p: [Unicode.Scalar], _ i: Int, _ s: [Unicode.Scalar], _ j: Int) -> Bool {
        var i = i, j = j
        while i < p.count {
            switch p[i] {
            case "*":
                let doubleStar = i + 1 < p.count && p[i + 1] == "*"
                var next = i + (doubleStar ? 2 : 1)
                if doubleStar, next < p.count, p[next] == "/" { next += 1 }
                var k = j
                while true {
                    if match(p, next, s, k) { return true }
                    if k >= s.count || (!doubleStar && s[k] == "/") { return false }
                    k += 1
                }
            case "?":
                if j >= s.count || s[j] == "/" { return false }
                i += 1; j += 1
            default:
                if j >= s.count || s[j] != p[i] { return false }
                i += 1; j += 1
            }
        }
        return j == s.count
    }
}

/// Paths as the user reads them: relative to the working folder when they are under it.
public enum DisplayPath {
    public static func relative(_ path: String, to base: String = FileManager.default.currentDirectoryPath) -> String {
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
