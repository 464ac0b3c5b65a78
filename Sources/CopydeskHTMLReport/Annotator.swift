import CopydeskCore

/// A run of a line's text: plain text, or a mark around more runs (marks nest; a finding that crosses another's
/// end is split in two, and the second part points at the same explanation).
struct TextRun {
    var text: String
    /// Markup or other source that is not prose a reader sees (tags, Markdown syntax, front-matter keys): shown muted.
    var markup: Bool
    /// Zero or one mark; an array so a template section never falls back to an enclosing run's mark.
    var marks: [MarkRun]
}

/// One marked piece of a finding.
struct MarkRun {
    var kind: String
    var label: String
    /// The explanation element's id (`tip-N`, N the finding's index).
    var tip: String
    /// The first piece of a finding carries the explanation and the anchor id; later pieces only point at it.
    var first: Bool
    var anchor: String
    var explanation: String
    var children: [TextRun]
}

/// What the annotator needs to know about one finding.
struct MarkSource {
    var index: Int
    var start: Int
    var end: Int
    var kind: FindingKind
    var explanation: String
}

/// Splits source lines into nested runs around findings' byte ranges.
struct Annotator {
    let source: SourceText
    let marks: [MarkSource]
    /// Sorted, disjoint source ranges of prose; empty when unknown (nothing is muted then).
    let prose: [Range<Int>]
    private var seen: Set<Int> = []

    init(source: SourceText, marks: [MarkSource], prose: [Range<Int>] = []) {
        self.source = source
        self.marks = marks
        self.prose = prose
    }

    /// Sorted, merged ranges from any ranges.
    static func merge(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for range in ranges.filter({ !$0.isEmpty }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    /// A piece of a finding inside one line, in line-relative byte offsets.
    private struct Piece {
        var mark: Int
        var start: Int
        var end: Int
    }

    /// A mark being built, with the pieces nested inside it.
    private final class Node {
        let piece: Piece?
        let end: Int
        var children: [Node] = []
        init(piece: Piece?, end: Int) {
            self.piece = piece
            self.end = end
        }
    }

    /// The runs of a 1-based line.
    mutating func runs(line: Int) -> [TextRun] {
        let range = source.range(ofLine: line)
        var pieces: [Piece] = []
        for (i, mark) in marks.enumerated() {
            let start = max(mark.start, range.lowerBound)
            let end = min(mark.end, range.upperBound)
            let empty = mark.start == mark.end && source.line(at: mark.start) == line
            if start < end {
                pieces.append(Piece(mark: i, start: start - range.lowerBound, end: end - range.lowerBound))
            } else if empty {
                let at = min(mark.start, range.upperBound) - range.lowerBound
                pieces.append(Piece(mark: i, start: at, end: at))
            }
        }
        let root = nest(pieces, length: range.count)
        let bytes = Array(source.utf8[range])
        let lineProse = prose.compactMap { r -> Range<Int>? in
            let lower = max(r.lowerBound, range.lowerBound), upper = min(r.upperBound, range.upperBound)
            return lower < upper ? (lower - range.lowerBound)..<(upper - range.lowerBound) : nil
        }
        return render(root, from: 0, to: bytes.count, bytes: bytes, prose: prose.isEmpty ? nil : lineProse)
    }

    /// Builds the nesting: longer pieces enclose shorter ones; crossing pieces are split at the enclosing end.
    private func nest(_ input: [Piece], length: Int) -> Node {
        var queue = input.sorted(by: Self.order)
        let root = Node(piece: nil, end: length)
        var stack = [root]
        var i = 0
        while i < queue.count {
            var piece = queue[i]
            i += 1
            while stack.count > 1, stack[stack.count - 1].end <= piece.start { stack.removeLast() }
            let top = stack[stack.count - 1]
            if piece.end > top.end {
                let rest = Piece(mark: piece.mark, start: top.end, end: piece.end)
                piece.end = top.end
                let at = queue[i...].firstIndex { Self.order(rest, $0) } ?? queue.count
                queue.insert(rest, at: at)
            }
            let node = Node(piece: piece, end: piece.end)
            top.children.append(node)
            if piece.end > piece.start { stack.append(node) }
        }
        return root
    }

    private static func order(_ a: Piece, _ b: Piece) -> Bool {
        if a.start != b.start { return a.start < b.start }
        if a.end != b.end { return a.end > b.end }
        return a.mark < b.mark
    }

    /// Text between children becomes plain runs; each child becomes a mark.
    private mutating func render(_ node: Node, from: Int, to: Int, bytes: [UInt8], prose: [Range<Int>]?) -> [TextRun] {
        var runs: [TextRun] = []
        var position = from
        for child in node.children {
            let piece = child.piece!
            if piece.start > position { runs += Self.text(bytes, position..<piece.start, prose: prose) }
            let source = marks[piece.mark]
            let first = !seen.contains(source.index)
            seen.insert(source.index)
            let inner = render(child, from: piece.start, to: piece.end, bytes: bytes, prose: prose)
            runs.append(TextRun(text: "", markup: false, marks: [MarkRun(
                kind: source.kind.id, label: source.kind.label, tip: "tip-\(source.index)", first: first,
                anchor: first ? "f-\(source.index)" : "", explanation: source.explanation, children: inner)]))
            position = max(position, piece.end)
        }
        if to > position { runs += Self.text(bytes, position..<to, prose: prose) }
        return runs
    }

    /// Plain runs for a byte range, split where prose starts and ends (nil prose: all one run, not muted).
    private static func text(_ bytes: [UInt8], _ range: Range<Int>, prose: [Range<Int>]?) -> [TextRun] {
        guard let prose else { return [TextRun(text: String(decoding: bytes[range], as: UTF8.self), markup: false, marks: [])] }
        var cuts = [range.lowerBound, range.upperBound]
        for r in prose {
            if range.contains(r.lowerBound) { cuts.append(r.lowerBound) }
            if range.contains(r.upperBound) { cuts.append(r.upperBound) }
        }
        cuts = Array(Set(cuts)).sorted()
        var runs: [TextRun] = []
        for (a, b) in zip(cuts, cuts.dropFirst()) where a < b {
            let inProse = prose.contains { $0.lowerBound <= a && b <= $0.upperBound }
            let text = String(decoding: bytes[a..<b], as: UTF8.self)
            if let last = runs.last, last.marks.isEmpty, last.markup == !inProse {
                runs[runs.count - 1].text += text
            } else {
                runs.append(TextRun(text: text, markup: !inProse, marks: []))
            }
        }
        return runs
    }
}
