/// Page file names from article paths: safe characters only, never a folder, never `index.html`.
enum FileNaming {
    /// One `.html` name per path, in order; a clash gets `-2`, `-3`… in input order.
    static func pageNames(for paths: [String]) -> [String] {
        var used: Set<String> = ["index"]
        return paths.map { path in
            let base = stem(path)
            var name = base
            var n = 2
            while used.contains(name) {
                name = "\(base)-\(n)"
                n += 1
            }
            used.insert(name)
            return name + ".html"
        }
    }

    /// The last path component without its extension, lowercased, every run of other characters one `-`.
    static func stem(_ path: String) -> String {
        let last = path.split(separator: "/").last.map(String.init) ?? ""
        let withoutExtension = last.lastIndex(of: ".").map { i in i == last.startIndex ? last : String(last[..<i]) } ?? last
        var out = ""
        var dash = false
        for scalar in withoutExtension.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_" {
                out.unicodeScalars.append(scalar)
                dash = false
            } else if !dash && !out.isEmpty {
                out += "-"
                dash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "article" : out
    }
}
