/// A unified diff (`diff -u`, three lines of context) between two texts, for `copydesk lint --diff`.
/// Lines are compared with the standard library's `CollectionDifference`; a missing final newline is marked as
/// `diff` marks it.
enum UnifiedDiff {
    static func make(old: [UInt8], new: [UInt8], path: String, context: Int = 3) -> String {
        guard old != new else { return "" }
        let a = lines(old), b = lines(new)
        let difference = b.difference(from: a)
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        // Walk both sides in step: an edit script of kept, removed and inserted lines.
        enum Step { case keep(Int, Int), remove(Int), insert(Int) }
        var steps: [Step] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, removed.contains(i) { steps.append(.remove(i)); i += 1 }
            else if j < b.count, inserted.contains(j) { steps.append(.insert(j)); j += 1 }
            else { steps.append(.keep(i, j)); i += 1; j += 1 }
        }
        var out = "--- a/\(path)\n+++ b/\(path)\n"
        var index = 0
        while index < steps.count {
            guard let firstChange = steps[index...].firstIndex(where: { if case .keep = $0 { return false } else { return true } }) else { break }
            let start = max(index, firstChange - context)
            // The hunk runs until more than 2 * context kept lines follow a change.
            var end = firstChange
            var kept = 0
            var k = firstChange
            while k < steps.count {
                if case .keep = steps[k] { kept += 1 } else { kept = 0; end = k }
                if kept > 2 * context { break }
                k += 1
            }
            let stop = min(steps.count, end + context + 1)
            out += hunk(steps[start..<stop].map { step -> (Character, Int, Int) in
                switch step {
                case .keep(let x, let y): return (" ", x, y)
                case .remove(let x): return ("-", x, -1)
                case .insert(let y): return ("+", -1, y)
                }
            }, a, b)
            index = stop
        }
        return out
    }

    private static func hunk(_ rows: [(Character, Int, Int)], _ a: [String], _ b: [String]) -> String {
        let oldLines = rows.filter { $0.0 != "+" }, newLines = rows.filter { $0.0 != "-" }
        func range(_ rows: [(Character, Int, Int)], _ side: KeyPath<(Character, Int, Int), Int>) -> String {
            guard let first = rows.first else { return "0,0" }  // only for an empty file
            let start = first[keyPath: side] + 1
            return rows.count == 1 ? "\(start)" : "\(start),\(rows.count)"
        }
        var out = "@@ -\(range(oldLines, \.1)) +\(range(newLines, \.2)) @@\n"
        for (mark, x, y) in rows {
            let text = mark == "+" ? b[y] : a[x]
            out += String(mark) + text.replacingNewline()
        }
        return out
    }

    /// Lines with their line ends, the last one possibly without.
    private static func lines(_ bytes: [UInt8]) -> [String] {
        var out: [String] = []
        var start = 0
        for (i, byte) in bytes.enumerated() where byte == 0x0A {
            out.append(String(decoding: bytes[start...i], as: UTF8.self))
            start = i + 1
        }
        if start < bytes.count { out.append(String(decoding: bytes[start...], as: UTF8.self)) }
        return out
    }
}

private extension String {
    /// The line as printed in a diff: its own line end, or the "no newline" marker.
    func replacingNewline() -> String {
        hasSuffix("\n") ? self : self + "\n\\ No newline at end of file\n"
    }
}
