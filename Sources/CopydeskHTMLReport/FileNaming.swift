/// Page paths from article paths: the output mirrors the input folders (`Examples/readability/dense.md` →
/// `Examples/readability/dense.html`), with safe characters only and never a way out of the output folder.
/// A page's name depends only on its own path and the other paths that would clash with it, never on the order
/// of the run, so a CMS can link to it.
enum FileNaming {
    /// One `.html` path per article path, in order. Two paths that would share a page (`a.md`, `a.txt`) both keep
    /// their extension (`a-md.html`, `a-txt.html`); a root-level `index…` article never takes an index page's name.
    /// `workingDirectory`: absolute article paths under it are mirrored from it.
    static func pagePaths(for paths: [String], workingDirectory: String? = nil) -> [String] {
        let parts = paths.map { components(relative($0, to: workingDirectory)) }
        let plain = parts.map { name($0.folders, $0.stem) }
        var claims: [String: Set<String>] = [:]
        for (path, name) in zip(paths, plain) { claims[name, default: []].insert(path) }
        var names = zip(parts, plain).enumerated().map { i, pair in
            (claims[pair.1]?.count ?? 0) > 1 ? name(pair.0.folders, pair.0.stem + (pair.0.ext.isEmpty ? "" : "-" + pair.0.ext)) : pair.1
        }
        // Still the same after that (only when the paths differ in characters that are not kept): numbered in
        // path order.
        var byName: [String: [Int]] = [:]
        for (i, name) in names.enumerated() { byName[name, default: []].append(i) }
        var used = Set(names)
        for (name, indices) in byName where indices.count > 1 {
            let ordered = indices.sorted { paths[$0] < paths[$1] }
            for (n, i) in ordered.enumerated().dropFirst() where paths[i] != paths[ordered[0]] {
                var k = n + 1
                var candidate: String
                repeat {
                    candidate = String(name.dropLast(5)) + "-\(k).html"
                    k += 1
                } while used.contains(candidate)
                used.insert(candidate)
                names[i] = candidate
            }
        }
        return names
    }

    /// The relative link from a page to a file at the top of the output folder: `../../index.html`.
    static func link(from page: String, toTop name: String) -> String {
        String(repeating: "../", count: page.filter { $0 == "/" }.count) + name
    }

    private static func name(_ folders: [String], _ stem: String) -> String {
        (folders + [stem]).joined(separator: "/") + ".html"
    }

    private static func relative(_ path: String, to directory: String?) -> String {
        guard path.hasPrefix("/"), var directory, directory.hasPrefix("/") else { return path }
        if !directory.hasSuffix("/") { directory += "/" }
        return path.hasPrefix(directory) ? String(path.dropFirst(directory.count)) : path
    }

    /// Safe folder names, the file's stem and its extension. `..` becomes `up`, `.` and empty parts go.
    static func components(_ path: String) -> (folders: [String], stem: String, ext: String) {
        if path == "-" { return ([], "stdin", "") }
        var parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init).filter { $0 != "." }
        parts = parts.map { $0 == ".." ? "up" : $0 }
        let last = parts.popLast() ?? ""
        var stem = last
        var ext = ""
        if let dot = last.lastIndex(of: "."), dot != last.startIndex {
            stem = String(last[..<dot])
            ext = String(last[last.index(after: dot)...])
        }
        let folders = parts.map { safe($0, fallback: "folder") }
        var safeStem = safe(stem, fallback: "article")
        if folders.isEmpty, safeStem == "index" || (safeStem.hasPrefix("index-") && Int(safeStem.dropFirst(6)) != nil) {
            safeStem += "-article"
        }
        return (folders, safeStem, safe(ext, fallback: "").lowercased())
    }

    /// ASCII letters, digits, `_` and `-` kept (case too); every run of other characters one `-`; no leading
    /// dot or dash.
    static func safe(_ part: String, fallback: String) -> String {
        var out = ""
        var dash = false
        for scalar in part.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_" || (scalar == "." && !out.isEmpty) {
                out.unicodeScalars.append(scalar)
                dash = false
            } else if !dash && !out.isEmpty {
                out += "-"
                dash = true
            }
        }
        while out.hasSuffix("-") || out.hasSuffix(".") { out.removeLast() }
        return out.isEmpty ? fallback : out
    }
}
