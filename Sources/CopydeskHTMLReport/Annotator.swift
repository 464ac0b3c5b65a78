import CopydeskCore

/// A run of a block's text: plain text, or a mark around more runs (marks nest; a finding that crosses another's
/// end is split in two, and the second part points at the same explanation).
struct TextRun {
    var text: String
    /// Zero or one mark; an array so a template section never falls back to an enclosing run's mark.
    var marks: [MarkRun]
    /// Zero or one link around more runs (a link's destination is shown as text, never followed).
    var links: [LinkRun] = []
    /// Zero or one piece of inline code, shown as code (it is never spell-checked: the document holds a
    /// placeholder in its place).
    var code: [String] = []
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
    /// Zero or one destination to show after the text: none when the text is the address (an autolink).
    var destination: [String]
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

    /// What each placeholder of the block being rendered shows, by its UTF-8 offset (see `runs`).
    private var placeholders: [Int: Placeholder] = [:]

    /// The runs of `text` with `spans` (clamped to the text) and `links` (destinations of link spans).
    /// `placeholders` says what a U+FFFC at a byte offset stands for; one not listed shows as "…".
    mutating func runs(_ text: String, spans: [Span], links: [String] = [], placeholders: [Int: Placeholder] = [:]) -> [TextRun] {
        self.placeholders = placeholders
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
            if span.start > position { runs += text(bytes, position..<span.start) }
            let inner = render(child, from: span.start, to: span.end, bytes: bytes, links: links)
            if span.mark < 0 {
                let n = -1 - span.mark
                let destination = n < links.count ? links[n] : ""
                let shown = Self.plain(inner)
                let same = shown == destination || "mailto:" + shown == destination
                runs.append(TextRun(text: "", marks: [], links: [LinkRun(destination: same ? [] : [destination], children: inner)]))
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
        if to > position { runs += text(bytes, position..<to) }
        return runs
    }

    /// The text runs show, marks and links included.
    static func plain(_ runs: [TextRun]) -> String {
        runs.map { run in
            run.text + run.code.joined() + run.marks.map { plain($0.children) }.joined() + run.links.map { plain($0.children) }.joined()
        }.joined()
    }

    /// Plain runs; a placeholder becomes its code run, its text (an autolink), nothing (an image, shown as its own
    /// element), or a small ellipsis sign when what it stood for is not known.
    private func text(_ bytes: [UInt8], _ range: Range<Int>) -> [TextRun] {
        var runs: [TextRun] = []
        var start = range.lowerBound
        var i = range.lowerBound
        let marker = Array(String(Block.placeholder).utf8)
        func flush(_ end: Int) {
            if end > start { runs.append(TextRun(text: String(decoding: bytes[start..<end], as: UTF8.self), marks: [])) }
        }
        while i + marker.count <= range.upperBound {
            guard bytes[i] == marker[0], bytes[i..<(i + marker.count)].elementsEqual(marker) else {
                i += 1
                continue
            }
            flush(i)
            switch placeholders[i] {
            case .code(let code): runs.append(TextRun(text: "", marks: [], code: [code]))
            case .text(let text): runs.append(TextRun(text: text, marks: []))
            case .nothing: break
            case nil: runs.append(TextRun(text: "…", marks: []))
            }
            i += marker.count
            start = i
        }
        flush(range.upperBound)
        return runs
    }
}

/// What a placeholder (U+FFFC) in a block's text stood for in the source.
enum Placeholder: Equatable {
    /// Inline code (`` `x` ``, `<code>`, `<kbd>`, `<samp>`): its text.
    case code(String)
    /// An autolink: its address, as written.
    case text(String)
    /// An image: it has its own element.
    case nothing

    /// The placeholders of a block, by their UTF-8 offset in its text, read from the source each maps to.
    static func of(_ block: Block, source: SourceText) -> [Int: Placeholder] {
        let marker = Array(String(Block.placeholder).utf8)
        let text = Array(block.text.utf8)
        var out: [Int: Placeholder] = [:]
        let bytes = source.utf8
        for piece in block.pieces where !piece.verbatim && piece.textLength == marker.count && piece.textEnd <= text.count
            && text[piece.textStart..<piece.textEnd].elementsEqual(marker) && piece.sourceLength > 0 {
            guard piece.sourceEnd <= bytes.count else { continue }
            let raw = String(decoding: bytes[piece.sourceStart..<piece.sourceEnd], as: UTF8.self)
            if let kind = classify(raw) { out[piece.textStart] = kind }
        }
        return out
    }

    /// `` `code` `` (CommonMark: the backtick runs off, one space each side when both are there, line breaks as
    /// spaces), `<code>x</code>` and friends (tags off, the common entities decoded), `![alt](src)` or `<img>`, an
    /// autolink (`<https://...>` or a bare address).
    static func classify(_ raw: String) -> Placeholder? {
        if raw.hasPrefix("`") {
            var inner = Substring(raw).drop { $0 == "`" }
            while inner.last == "`" { inner.removeLast() }
            var code = inner.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
            if code.count >= 2, code.first == " ", code.last == " ", code.contains(where: { $0 != " " }) {
                code = String(code.dropFirst().dropLast())
            }
            return .code(code)
        }
        let lower = raw.lowercased()
        if raw.hasPrefix("![") || lower.hasPrefix("<img") { return .nothing }
        for tag in ["code", "kbd", "samp", "var", "tt"] where lower.hasPrefix("<" + tag) {
            guard let open = raw.firstIndex(of: ">") else { return nil }
            var inner = String(raw[raw.index(after: open)...])
            if let close = inner.range(of: "</", options: .backwards) { inner = String(inner[..<close.lowerBound]) }
            // Tags inside (`<code><b>x</b></code>`) are left out; the common entities decoded.
            inner = inner.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
            for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " "), ("&amp;", "&")] {
                inner = inner.replacingOccurrences(of: entity, with: character)
            }
            return .code(inner)
        }
        let address = raw.hasPrefix("<") && raw.hasSuffix(">") ? String(raw.dropFirst().dropLast()) : raw
        let scheme = address.range(of: "^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\\s]+$", options: .regularExpression) != nil
        let email = address.range(of: "^[^<>\\s@]+@[^<>\\s@]+$", options: .regularExpression) != nil
        return scheme || email || lower.hasPrefix("www.") && !address.contains(" ") ? .text(address) : nil
    }
}
