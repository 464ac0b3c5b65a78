import CopydeskCore

/// A run of a block's text: plain text, or a mark around more runs (marks nest; a finding that crosses another's
/// end is split in two, and the second part points at the same explanation).
struct TextRun {
    var text: String
    /// Zero or one mark; an array so a template section never falls back to an enclosing run's mark.
    var marks: [MarkRun]
    /// Zero or one link around more runs (a link's destination is shown as text, never followed).
    var links: [LinkRun] = []
}

/// One marked piece of a finding.
struct MarkRun {
    var kind: String
    var colour: String
    var severity: String
    var label: String
    /// The explanation element's id (`tip-N`, N the finding's index).
    var tip: String
    /// The first piece of a finding carries the explanation and the anchor id; later pieces only point at it.
    var first: Bool
    var anchor: String
    var explanation: String
    var children: [TextRun]
}

/// A link in the text: its runs and where it points.
struct LinkRun {
    var destination: String
    var children: [TextRun]
}

/// What the annotator needs to know about one finding.
struct MarkSource {
    var index: Int
    var kind: FindingKind
    var severity: Severity
    var explanation: String
}

/// A finding's (or link's) piece of one block's text, in UTF-8 offsets of that text. `mark` indexes the
/// annotator's marks; a negative value `-1 - n` stands for the block's link `n`.
struct Span: Equatable {
    var mark: Int
    var start: Int
    var end: Int
}

/// Splits a block's text into nested runs around spans. Keeps which findings it has already explained, so a
/// finding over several blocks has one explanation and one anchor.
struct Annotator {
    let marks: [MarkSource]
    private var seen: Set<Int> = []

    init(marks: [MarkSource]) {
        self.marks = marks
    }

    /// A span being built, with the spans nested inside it.
    private final class Node {
        let span: Span?
        let end: Int
        var children: [Node] = []
        init(span: Span?, end: Int) {
            self.span = span
            self.end = end
        }
    }

    /// The runs of `text` with `spans` (clamped to the text) and `links` (destinations of link spans).
    mutating func runs(_ text: String, spans: [Span], links: [String] = []) -> [TextRun] {
        let bytes = Array(text.utf8)
        let clamped = spans.map { span -> Span in
            let start = max(0, min(span.start, bytes.count))
            return Span(mark: span.mark, start: start, end: max(start, min(span.end, bytes.count)))
        }
        return render(nest(clamped, length: bytes.count), from: 0, to: bytes.count, bytes: bytes, links: links)
    }

    /// Builds the nesting: longer spans enclose shorter ones; crossing spans are split at the enclosing end.
    private func nest(_ input: [Span], length: Int) -> Node {
        var queue = input.sorted(by: Self.order)
        let root = Node(span: nil, end: length)
        var stack = [root]
        var i = 0
        while i < queue.count {
            var span = queue[i]
            i += 1
            while stack.count > 1, stack[stack.count - 1].end <= span.start { stack.removeLast() }
            let top = stack[stack.count - 1]
            if span.end > top.end {
                let rest = Span(mark: span.mark, start: top.end, end: span.end)
                span.end = top.end
                let at = queue[i...].firstIndex { Self.order(rest, $0) } ?? queue.count
                queue.insert(rest, at: at)
            }
            let node = Node(span: span, end: span.end)
            top.children.append(node)
            if span.end > span.start { stack.append(node) }
        }
        return root
    }

    /// Links outermost, then longer spans, then finding order.
    private static func order(_ a: Span, _ b: Span) -> Bool {
        if a.start != b.start { return a.start < b.start }
        if a.end != b.end { return a.end > b.end }
        if (a.mark < 0) != (b.mark < 0) { return a.mark < 0 }
        return a.mark < b.mark
    }

    /// Text between children becomes plain runs; each child becomes a mark or a link.
    private mutating func render(_ node: Node, from: Int, to: Int, bytes: [UInt8], links: [String]) -> [TextRun] {
        var runs: [TextRun] = []
        var position = from
        for child in node.children {
            let span = child.span!
            if span.start > position { runs.append(Self.text(bytes, position..<span.start)) }
            let inner = render(child, from: span.start, to: span.end, bytes: bytes, links: links)
            if span.mark < 0 {
                let n = -1 - span.mark
                runs.append(TextRun(text: "", marks: [], links: [LinkRun(destination: n < links.count ? links[n] : "", children: inner)]))
            } else {
                let source = marks[span.mark]
                let first = !seen.contains(source.index)
                seen.insert(source.index)
                runs.append(TextRun(text: "", marks: [MarkRun(
                    kind: source.kind.id, colour: source.kind.colour, severity: source.severity.rawValue,
                    label: source.kind.label, tip: "tip-\(source.index)", first: first,
                    anchor: first ? "f-\(source.index)" : "", explanation: source.explanation, children: inner)]))
            }
            position = max(position, span.end)
        }
        if to > position { runs.append(Self.text(bytes, position..<to)) }
        return runs
    }

    /// A plain run; the placeholder for skipped code is shown as a small ellipsis sign.
    private static func text(_ bytes: [UInt8], _ range: Range<Int>) -> TextRun {
        let text = String(decoding: bytes[range], as: UTF8.self)
        return TextRun(text: text.replacingOccurrences(of: String(Block.placeholder), with: "…"), marks: [])
    }
}
