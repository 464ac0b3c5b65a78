/// Splits a multi-file `git diff` (run with `core.quotePath=false`, `--src-prefix=a/ --dst-prefix=b/`)
/// into each new-side path's text, so one git process serves a whole pull request.
enum DiffSections {
    /// New-side root-relative path → the diff text of that file. Deleted files (`+++ /dev/null`) are left out.
    static func split(_ diff: String) -> [String: String] {
        var sections: [String: String] = [:]
        var current: String?
        var lines: [Substring] = []
        func flush() {
            if let current { sections[current, default: ""] += lines.joined(separator: "\n") + "\n" }
            lines = []
        }
        for line in diff.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("diff --git ") {
                flush()
                current = nil
            } else if current == nil, line.hasPrefix("+++ ") {
                current = newPath(line.dropFirst(4))
            }
            lines.append(line)
        }
        flush()
        return sections
    }

    /// `b/news/a b.md` (git adds a tab after names with spaces) or a C-quoted `"b/caf\303\251.md"`.
    static func newPath(_ field: Substring) -> String? {
        var text = String(field)
        if text.hasSuffix("\t") { text.removeLast() }
        if text.hasPrefix("\"") { text = unquote(text) }
        guard text.hasPrefix("b/") else { return nil }
        return String(text.dropFirst(2))
    }

    /// Undoes git's C-style quoting: `\"`, `\\`, `\t`, `\n`, `\a`…, and octal bytes such as `\303\251`.
    static func unquote(_ quoted: String) -> String {
        var bytes: [UInt8] = []
        var input = Array(quoted.utf8.dropFirst())
        if input.last == UInt8(ascii: "\"") { input.removeLast() }
        var i = 0
        let escapes: [UInt8: UInt8] = [
            UInt8(ascii: "n"): 10, UInt8(ascii: "t"): 9, UInt8(ascii: "r"): 13, UInt8(ascii: "a"): 7,
            UInt8(ascii: "b"): 8, UInt8(ascii: "f"): 12, UInt8(ascii: "v"): 11,
        ]
        while i < input.count {
            let byte = input[i]
            guard byte == UInt8(ascii: "\\"), i + 1 < input.count else {
                bytes.append(byte)
                i += 1
                continue
            }
            let next = input[i + 1]
            if (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(next), i + 3 < input.count {
                let digits = input[(i + 1)...(i + 3)]
                bytes.append(digits.reduce(0) { $0 &* 8 &+ ($1 &- UInt8(ascii: "0")) })
                i += 4
            } else {
                bytes.append(escapes[next] ?? next)
                i += 2
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
