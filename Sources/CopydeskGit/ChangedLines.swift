import CopydeskCore

/// The lines of a file that changed since a base commit, for `copydesk lint --changed-since REF`:
/// findings elsewhere are dropped, so old articles block nothing until someone edits them.
public enum ChangedLines: Sendable, Equatable {
    /// A new or untracked file: every line counts as changed.
    case all
    /// 1-based line ranges of the new side, in order; empty when nothing changed.
    case ranges([ClosedRange<Int>])

    /// Reads the `+START,COUNT` side of every hunk header of a `git diff -U0`. A hunk with a count of 0
    /// only deletes lines and adds no range.
    public init(unifiedDiff: String) {
        var ranges: [ClosedRange<Int>] = []
        for line in unifiedDiff.split(separator: "\n", omittingEmptySubsequences: true) where line.hasPrefix("@@ ") {
            guard let plus = line.split(separator: " ").first(where: { $0.hasPrefix("+") }) else { continue }
            let numbers = plus.dropFirst().split(separator: ",", omittingEmptySubsequences: false)
            guard let start = Int(numbers[0]) else { continue }
            let count = numbers.count > 1 ? Int(numbers[1]) ?? 1 : 1
            if count > 0 { ranges.append(start...(start + count - 1)) }
        }
        self = .ranges(ranges)
    }

    /// Whether any line of `lines` changed.
    public func overlaps(_ lines: ClosedRange<Int>) -> Bool {
        switch self {
        case .all: return true
        case .ranges(let ranges): return ranges.contains { $0.overlaps(lines) }
        }
    }

    /// The lines a finding covers. A finding that ends at column 1 of a line ends on the line before.
    public static func lines(of finding: Finding) -> ClosedRange<Int> {
        var last = finding.endLine
        if finding.endColumn <= 1 && last > finding.line { last -= 1 }
        return finding.line...max(finding.line, last)
    }

    /// The result with only the findings on changed lines. File errors are kept.
    public func filter(_ result: FileResult) -> FileResult {
        var filtered = result
        filtered.findings = result.findings.filter { overlaps(Self.lines(of: $0)) }
        return filtered
    }
}
