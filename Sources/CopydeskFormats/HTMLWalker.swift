import CLibXML2
import CopydeskCore

/// Reads prose and structure from HTML with libxml2, and finds where each piece sits in the source
/// with a cursor that only moves forward (libxml2 reports lines, not byte offsets).
struct HTMLWalker {
    let source: SourceText
    let bytes: [UInt8]
    let input: [UInt8]
    let limit: Int
    let quoted: Bool
    let matcher: LiteralMatcher

    var cursor: Int
    var blocks: [Block] = []
    var links: [Link] = []
    var images: [Image] = []
    var comments: [Comment] = []
    var tables: [Table] = []
    var declaredLanguage: String?
    /// Headings with no text (`<h2></h2>`): they make no block.
    var emptyHeadings: [Range<Int>] = []
    /// Open `<h1>`...`<h6>`: where each starts and how many blocks there were then.
    var openHeadings: [(start: Int, blockCount: Int)] = []

    /// Text of the block being read, trimmed when the block ends.
    var segments: [MatchedSegment] = []
    /// Open block-level elements, outermost first.
    var openBlocks: [OpenBlock] = []
    /// Source offsets where `<blockquote>` opens (+1) and closes (-1): libxml2's tree does not
    /// always close a quote where the source does, so quoting is read from the source.
    var quoteMarks: [(offset: Int, depth: Int)] = []
    var openLinks: [MarkdownWalker.OpenLink] = []
    var pendingBlocks: [Block] = []
    /// Set after a skipped raw-text element: libxml2 may end a script early (at `</p>` in a string)
    /// and hand back its tail as text that is not prose.
    var afterRawText = false

    /// `input` is what libxml2 reads; it came from `source` at `base` (a Markdown HTML block passes
    /// its literal, which differs from the source inside block quotes).
    init(source: SourceText, input: [UInt8], base: Int, limit: Int, quoted: Bool) {
        self.source = source
        self.bytes = source.utf8
        self.input = input
        self.cursor = base
        self.limit = limit
        self.quoted = quoted
        self.matcher = LiteralMatcher(source: source.utf8, backslashEscapes: false, collapseLineBreaks: true, skipsMarkup: true)
    }

    var inBlockQuote: Bool { quoted || quoteDepth(at: segments.first?.sourceStart ?? cursor) > 0 }

    /// Quote depth at a source offset: a binary search over the depth after each quote tag.
    func quoteDepth(at offset: Int) -> Int {
        var low = 0
        var high = quoteMarks.count
        while low < high {
            let mid = (low + high) / 2
            if quoteMarks[mid].offset <= offset { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? 0 : quoteMarks[low - 1].depth
    }

    /// Finds comments and block-quote tags by scanning the source once.
    mutating func scanSource() {
        var index = cursor
        while let open = SourceTag.find([UInt8(ascii: "<")], in: bytes, from: index, limit: limit) {
            if open + 3 < limit, bytes[open + 1] == UInt8(ascii: "!"), bytes[open + 2] == 0x2D, bytes[open + 3] == 0x2D {
                let range = SourceTag.comment(in: bytes, from: open, limit: limit, window: 1) ?? open..<limit
                comments.append(Comment(text: SourceTag.commentText(bytes, range), sourceRange: range))
                index = range.upperBound
                continue
            }
            index = open + 1
            guard open + 1 < limit, bytes[open + 1] | 0x20 == UInt8(ascii: "b") || bytes[open + 1] == UInt8(ascii: "/"),
                  let tag = SourceTag.read(bytes, at: open, limit: limit) else { continue }
            if tag.name == "blockquote" {
                let depth = max(0, (quoteMarks.last?.depth ?? 0) + (tag.isClosing ? -1 : 1))
                quoteMarks.append((tag.range.lowerBound, depth))
            }
            index = tag.range.upperBound
        }
    }

    /// No error output, no network. Implied `html`/`body`/`p` elements are allowed: with
    /// HTML_PARSE_NOIMPLIED libxml2 2.9 nests the whole body inside a `<style>` in `<head>`; implied
    /// elements are harmless because a start tag is only looked for right after the cursor.
    /// XML_PARSE_HUGE lifts the 256-level depth limit, past which libxml2 drops the rest of the page.
    /// HTML_PARSE_IGNORE_ENC: the source is already UTF-8, whatever its `<meta charset>` says.
    static let options = Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue
                               | HTML_PARSE_NODEFDTD.rawValue | XML_PARSE_HUGE.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)

    /// libxml2 wants one initialisation before threads parse at the same time.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    mutating func run() {
        guard !input.isEmpty else { return }
        _ = HTMLWalker.initialized
        scanSource()
        let document = input.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlReadMemory(pointer, Int32(buffer.count), nil, "UTF-8", HTMLWalker.options)
            }
        }
        guard let document else { return }
        defer { xmlFreeDoc(document) }
        var node = document.pointee.children
        // Depth-first walk without recursion: deep tag soup cannot overflow the stack.
        while let current = node {
            let descend = enter(current)
            if descend, let child = current.pointee.children {
                node = child
                continue
            }
            if current.pointee.type == XML_ELEMENT_NODE { exit(current, descended: descend) }
            var climb: xmlNodePtr? = current
            node = nil
            while let up = climb {
                if let next = up.pointee.next {
                    node = next
                    break
                }
                climb = up.pointee.parent
                if let parent = climb, parent.pointee.type == XML_ELEMENT_NODE {
                    exit(parent, descended: true)
                } else {
                    climb = nil
                }
            }
        }
        flush()
    }

    /// Adds a text node's content, found in the source after the cursor (markup skipped).
    mutating func text(_ content: [UInt8]) {
        let blank = content.allSatisfy(LiteralMatcher.isSpace)
        if blank, segments.isEmpty { return }
        if let found = find(content) {
            var parts = found.segments
            // White space after a `<br>` adds nothing to the break it already made.
            if let last = segments.last, !last.verbatim, last.text == [0x0A], let first = parts.first,
               first.text.allSatisfy(LiteralMatcher.isSpace) {
                parts.removeFirst()
            }
            segments.append(contentsOf: parts)
            cursor = found.end
            noteLinkText(content)
            afterRawText = false
        } else if !blank, !afterRawText {
            let found = matcher.align(content, from: cursor, limit: limit) { nextTextPosition(from: $0) }
            segments.append(contentsOf: found.segments)
            cursor = found.end
            noteLinkText(content)
        }
    }

    mutating func noteLinkText(_ content: [UInt8]) {
        let string = String(decoding: content, as: UTF8.self)
        for index in openLinks.indices { openLinks[index].text += string }
    }

    /// The first place after the cursor, outside tags and comments, where `literal` matches.
    func find(_ literal: [UInt8]) -> (segments: [MatchedSegment], end: Int)? {
        var index = cursor
        let stop = min(limit, cursor + 262_144)
        while index < stop, let position = nextTextPosition(from: index) {
            if let found = matcher.match(literal, at: position, limit: limit) { return found }
            index = position + 1
        }
        return nil
    }

    /// The first offset at or after `start` that is not inside a tag, comment or declaration.
    func nextTextPosition(from start: Int) -> Int? {
        var index = start
        while index < limit {
            guard bytes[index] == UInt8(ascii: "<"), index + 1 < limit else { return index }
            let next = bytes[index + 1]
            if next == UInt8(ascii: "!") {
                if let comment = SourceTag.comment(in: bytes, from: index, limit: limit, window: 1) {
                    index = comment.upperBound
                } else {
                    index = (SourceTag.find([UInt8(ascii: ">")], in: bytes, from: index, limit: limit) ?? limit - 1) + 1
                }
                continue
            }
            if next == UInt8(ascii: "/") || CharacterReference.isLetter(next) || next == UInt8(ascii: "?"),
               let tag = SourceTag.read(bytes, at: index, limit: limit) {
                index = tag.range.upperBound
                continue
            }
            return index
        }
        return nil
    }

    /// Ends the current block: trims white space at both ends and records it.
    mutating func flush() {
        var parts = segments
        segments = []
        while let first = parts.first, first.text.allSatisfy(LiteralMatcher.isSpace) { parts.removeFirst() }
        while let last = parts.last, last.text.allSatisfy(LiteralMatcher.isSpace) { parts.removeLast() }
        if var first = parts.first, first.verbatim {
            let drop = first.text.prefix(while: LiteralMatcher.isSpace).count
            first.text.removeFirst(drop)
            first.sourceStart += drop
            first.sourceLength -= drop
            parts[0] = first
        }
        if var last = parts.last, last.verbatim {
            let drop = last.text.reversed().prefix(while: LiteralMatcher.isSpace).count
            last.text.removeLast(drop)
            last.sourceLength -= drop
            parts[parts.count - 1] = last
        }
        let placeholder = Array(String(Block.placeholder).utf8)
        if parts.contains(where: { $0.text != placeholder && !$0.text.allSatisfy(LiteralMatcher.isSpace) }) {
            var builder = BlockBuilder()
            builder.append(parts)
            let (kind, level, field) = currentKind()
            blocks.append(builder.build(kind: kind, level: level, field: field, inBlockQuote: inBlockQuote))
        }
        blocks.append(contentsOf: pendingBlocks)
        pendingBlocks = []
    }

    private func currentKind() -> (BlockKind, Int, String?) {
        guard let innermost = openBlocks.last else { return (.paragraph, 0, nil) }
        return (innermost.kind, innermost.level, innermost.field)
    }

    /// The kind a block element gives its text; nil when it keeps its parent's.
    static func kind(of name: String) -> (BlockKind, Int, String?)? {
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6": return (.heading, Int(String(name.last!)) ?? 1, nil)
        case "li", "dt", "dd": return (.listItem, 0, nil)
        case "td", "th": return (.tableCell, 0, nil)
        case "figcaption", "caption": return (.caption, 0, nil)
        case "title": return (.frontMatter, 0, "title")
        default: return nil
        }
    }

    /// Opens a block element; its kind is resolved now so that reading it later costs nothing.
    mutating func pushBlock(_ name: String) {
        let (kind, level, field) = HTMLWalker.kind(of: name) ?? currentKind()
        openBlocks.append(OpenBlock(name: name, kind: kind, level: level, field: field))
    }
}
