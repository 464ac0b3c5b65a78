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

/// What a folder walk left out, for `lint --verbose`.
public struct SkippedFiles: Sendable, Equatable {
    /// Folders holding a Copydesk HTML report (an `index.html` Copydesk wrote).
    public var reportFolders: [String] = []
    /// Plain-text files that read as data, not prose (word lists, tables, settings).
    public var dataFiles: [String] = []
    /// Files without an article extension, counted by extension ("" for none).
    public var byExtension: [String: Int] = [:]

    public init() {}

    /// One line per reason, e.g. "skipped Reports/ (a Copydesk report folder)".
    public var lines: [String] {
        var out = reportFolders.map { "skipped \($0)/ (a Copydesk report folder)" }
        out += dataFiles.map { "skipped \($0) (a data or project file, not an article; name it, or list txt under extensions:, to check it)" }
        if !byExtension.isEmpty {
            let total = byExtension.values.reduce(0, +)
            let kinds = byExtension.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                .map { "\($0.key.isEmpty ? "no extension" : "." + $0.key) \($0.value)" }
            out.append("skipped \(total) file\(total == 1 ? "" : "s") without an article extension (\(kinds.joined(separator: ", ")))")
        }
        return out
    }
}

/// Expands the paths a user gave into article files: folders recursively (sorted, hidden entries skipped),
/// by extension, minus `--exclude` globs. Broken links and link loops are problems, never crashes. A folder walk
/// also leaves out Copydesk's own report folders and plain-text files that read as data; a file named
/// explicitly is always checked.
public struct FileCollector: Sendable {
    public var extensions: Set<String>
    public var excludes: [String]
    /// Every plain-text file a walk finds is an article (the configuration lists `extensions:` itself).
    public var everyPlainTextFile = false
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
        collectNotingSkips(paths).items
    }

    /// The items, and what the folder walks left out.
    public func collectNotingSkips(_ paths: [String]) -> (items: [InputItem], skipped: SkippedFiles) {
        var skipped = SkippedFiles()
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
                walk(path, visited: &visited, into: &found, skipped: &skipped)
                items += shard.map { shard in found.filter { shard.contains(key: Shard.key(of: $0.path, under: path)) } } ?? found
            } else {
                // A file named explicitly is checked whatever its extension.
                if !isExcluded(path), mine { items.append(.file(path)) }
            }
        }
        return (items, skipped)
    }

    private func walk(_ directory: String, visited: inout Set<[UInt64]>, into items: inout [InputItem], skipped: inout SkippedFiles) {
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
                if Self.isReportFolder(located(path)) {
                    skipped.reportFolders.append(path)
                    continue
                }
                visited.insert(key)
                walk(path, visited: &visited, into: &items, skipped: &skipped)
                visited.remove(key)
            } else if info.st_mode & S_IFMT == S_IFREG {
                if !hasArticleExtension(name) {
                    let ext = name.lastIndex(of: ".").map { String(name[name.index(after: $0)...]).lowercased() } ?? ""
                    skipped.byExtension[ext, default: 0] += 1
                } else if !everyPlainTextFile, Syntax(pathExtension: (name as NSString).pathExtension) == .text,
                          Self.isProjectFile(name) || Self.readsAsData(located(path)) {
                    skipped.dataFiles.append(path)
                } else {
                    items.append(.file(path))
                }
            }
        }
    }

    /// A folder `copydesk report` wrote: its `index.html` names Copydesk as the generator.
    static func isReportFolder(_ folder: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: folder + "/index.html") else { return false }
        defer { try? handle.close() }
        let head = String(decoding: handle.readData(ofLength: 4096), as: UTF8.self)
        return head.contains("<meta name=\"generator\" content=\"copydesk")
    }

    /// Plain-text files a project keeps that are never articles: licences, notices, requirement lists.
    static func isProjectFile(_ name: String) -> Bool {
        let stem = ((name as NSString).deletingPathExtension).lowercased()
        return ["license", "licence", "copying", "notice", "authors", "requirements", "constraints", "robots", "cmakelists"]
            .contains { stem == $0 || stem.hasPrefix($0 + "-") || stem.hasPrefix($0 + "_") || stem.hasPrefix($0 + ".") }
    }

    /// A plain-text file with three or more lines (besides blanks and `#` comments) and not one sentence of four
    /// words or more: a word list, a table, settings. One or two lines are taken as an article, whatever they say.
    static func readsAsData(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let bytes = handle.readData(ofLength: 65_536)
        // UTF-16 (or binary): not judged here; the reader decodes it or says why it cannot.
        if bytes.contains(0) { return false }
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = 0
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            lines += 1
            if readsAsSentence(line) { return false }
        }
        return lines >= 3
    }

    /// Four or more words and a full stop, question or exclamation mark ending a word ("said. The", "ends.").
    private static func readsAsSentence(_ line: String) -> Bool {
        let words = line.split { $0 == " " || $0 == "\t" }
        guard words.count >= 4 else { return false }
        return words.contains { word in
            guard let last = word.reversed().first(where: { !"\"'”’)]".contains($0) }), ".!?".contains(last) else { return false }
            return word.contains { $0.isLetter }
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
