import CopydeskCore

/// Turns cmark's node events into blocks, links, images, comments and tables with exact source ranges.
///
/// Inline positions from cmark are not trusted: each literal is found in the source by a cursor
/// that only moves forward inside its block.
struct MarkdownWalker {
    enum Decision { case descend, skipChildren }

    /// A leaf block being assembled.
    struct Leaf {
        var builder = BlockBuilder()
        var kind: BlockKind
        var level: Int
        var range: Range<Int>?
    }

    struct OpenLink {
        var start: Int
        var destination: String
        var title: String
        var text = ""
        var opensNewWindow = false
    }

    struct OpenImage {
        var start: Int
        var destination: String
        var title: String
        var alt = BlockBuilder()
        var altText = ""
    }

    let source: SourceText
    let bytes: [UInt8]
    let matcher: LiteralMatcher
    var blocks: [Block] = []
    var links: [Link] = []
    var images: [Image] = []
    var comments: [Comment] = []
    var tables: [Table] = []
    var emptyHeadings: [Range<Int>] = []

    var quoteDepth = 0
    var leaf: Leaf?
    var pendingBlocks: [Block] = []
    var cursor = 0
    var limit = 0
    var tableEnd = 0
    var openLinks: [OpenLink] = []
    var openHTMLLinks: [OpenLink] = []
    var openImages: [OpenImage] = []
    /// Where a raw `<code>` (or `<kbd>`, `<samp>`) tag opened: its text is code, not prose.
    var rawCodeStart: Int?

    init(source: SourceText) {
        self.source = source
        self.bytes = source.utf8
        self.matcher = LiteralMatcher(source: source.utf8, backslashEscapes: true, collapseLineBreaks: false)
    }

    var inBlockQuote: Bool { quoteDepth > 0 }

    mutating func enter(_ node: MarkdownNode) -> Decision {
        switch node.type {
        case "block_quote": quoteDepth += 1
        case "paragraph":
            let inItem = node.parent?.type == "item"
            startLeaf(node, kind: inItem ? .listItem : .paragraph)
        case "heading": startLeaf(node, kind: .heading, level: node.headingLevel)
        case "table_cell": startLeaf(node, kind: .tableCell)
        case "table": enterTable(node)
        case "table_header", "table_row":
            // A table right after a paragraph line reports its header a line early: never step back.
            if node.startLine > 0 { cursor = max(cursor, source.offset(ofLine: node.startLine)) }
        case "code_block": return .skipChildren
        case "html_block": htmlBlock(node)
        default: return leaf == nil ? .descend : enterInline(node)
        }
        return .descend
    }

    mutating func exit(_ node: MarkdownNode) {
        switch node.type {
        case "block_quote": quoteDepth -= 1
        case "paragraph", "heading", "table_cell": finishLeaf()
        case "link": if leaf != nil { exitLink(node) }
        case "image": if leaf != nil { exitImage(node) }
        default: break
        }
    }

    // MARK: Blocks

    /// Source byte range of a block from cmark's line and byte-column positions.
    func blockRange(_ node: MarkdownNode) -> Range<Int>? {
        let startLine = node.startLine, endLine = node.endLine
        guard startLine > 0, endLine >= startLine, startLine <= source.lineCount else { return nil }
        let lineRange = source.range(ofLine: startLine)
        let start = min(lineRange.lowerBound + max(node.startColumn - 1, 0), lineRange.upperBound)
        let endLineRange = source.range(ofLine: min(endLine, source.lineCount))
        let end = min(endLineRange.lowerBound + max(node.endColumn, 0), endLineRange.upperBound)
        return start..<max(start, end)
    }

    private mutating func startLeaf(_ node: MarkdownNode, kind: BlockKind, level: Int = 0) {
        let range = blockRange(node)
        leaf = Leaf(kind: kind, level: level, range: kind == .tableCell ? nil : range)
        if kind == .tableCell {
            limit = max(tableEnd, cursor)
        } else if let range {
            cursor = range.lowerBound
            limit = source.range(ofLine: min(node.endLine, source.lineCount)).upperBound
        } else {
            limit = bytes.count
        }
        openLinks = []
        openImages = []
        rawCodeStart = nil
    }

    private mutating func finishLeaf() {
        guard let current = leaf else { return }
        leaf = nil
        if current.builder.text.contains(where: { $0 != Block.placeholder && !$0.isWhitespace }) {
            blocks.append(current.builder.build(kind: current.kind, level: current.level, inBlockQuote: inBlockQuote,
                                                sourceRange: current.range))
        } else if current.kind == .heading, let range = current.range,
                  !current.builder.text.contains(where: { $0 == Block.placeholder }) {
            // A heading of code alone is not empty, just not prose.
            emptyHeadings.append(range)
        }
        blocks.append(contentsOf: pendingBlocks)
        pendingBlocks = []
    }

    private mutating func enterTable(_ node: MarkdownNode) {
        guard let range = blockRange(node) else { return }
        tableEnd = source.range(ofLine: min(node.endLine, source.lineCount)).upperBound
        var hasHeader = false
        if let header = node.firstChild, header.type == "table_header" {
            hasHeader = header.children.contains { $0.firstChild != nil }
        }
        tables.append(Table(hasHeaderRow: hasHeader, sourceRange: range))
    }

    /// Appends to the builder that is receiving text: an image's alt text or the leaf block.
    mutating func emit(_ segments: [MatchedSegment]) {
        guard rawCodeStart == nil else { return }
        if openImages.isEmpty { leaf?.builder.append(segments) } else { openImages[openImages.count - 1].alt.append(segments) }
    }

    mutating func emitMapped(_ text: String, _ range: Range<Int>) {
        emit([MatchedSegment(text: Array(text.utf8), sourceStart: range.lowerBound, sourceLength: range.count, verbatim: false)])
    }

    /// Records text read inside open links and images.
    mutating func note(_ text: String) {
        for index in openLinks.indices { openLinks[index].text += text }
        for index in openHTMLLinks.indices { openHTMLLinks[index].text += text }
        for index in openImages.indices { openImages[index].altText += text }
    }
}
