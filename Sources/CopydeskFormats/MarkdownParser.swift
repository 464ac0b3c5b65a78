import CCmark
import CopydeskCore

/// CommonMark + GFM articles (cmark-gfm with the table, strikethrough, autolink and tagfilter
/// extensions), with optional YAML or TOML front matter.
///
/// Prose blocks: front-matter prose fields, headings, paragraphs (`.listItem` inside list items),
/// table cells, image alt texts and titles and HTML `alt`/`title` attributes (`.altText`), and the
/// prose of HTML blocks (read like an HTML page). Code blocks are skipped; inline code, raw
/// `<code>`/`<kbd>`/`<samp>`, autolinks and images leave one U+FFFC placeholder mapped to their
/// source; link destinations and tags are not prose. Soft and hard breaks read as a mapped "\n".
public enum MarkdownParser {
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Parses a Markdown article. Throws `FormatError` for malformed front matter.
    public static func parse(_ source: SourceText, path: String) throws -> Document {
        let front = try FrontMatterParser.parse(source)
        var input = source.utf8
        if let range = front?.frontMatter.sourceRange {
            // Blank the front matter out (keeping line breaks) so cmark's positions stay source positions.
            for index in range where input[index] != 0x0A { input[index] = 0x20 }
        }
        var walker = MarkdownWalker(source: source)
        walker.blocks = front?.blocks ?? []
        walk(input, into: &walker)
        return Document(path: path, syntax: .markdown, source: source, frontMatter: front?.frontMatter,
                        blocks: walker.blocks, links: walker.links, images: walker.images,
                        comments: walker.comments, tables: walker.tables, emptyHeadings: walker.emptyHeadings)
    }

    private static func walk(_ input: [UInt8], into walker: inout MarkdownWalker) {
        _ = registered
        guard let parser = cmark_parser_new(CMARK_OPT_SOURCEPOS | CMARK_OPT_UNSAFE) else { return }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink", "tagfilter"] {
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
        input.withUnsafeBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                cmark_parser_feed(parser, pointer, buffer.count)
            }
        }
        guard let root = cmark_parser_finish(parser) else { return }
        defer { cmark_node_free(root) }
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        var skipping: OpaquePointer?
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            if let skipped = skipping {
                if node == skipped, event == CMARK_EVENT_EXIT { skipping = nil }
                continue
            }
            let entering = event == CMARK_EVENT_ENTER
            if entering, walker.enter(MarkdownNode(node)) == .skipChildren, cmark_node_first_child(node) != nil {
                skipping = node
            } else if !entering {
                walker.exit(MarkdownNode(node))
            }
        }
    }
}

/// A read-only view of one cmark node, so cmark types stay in this module.
struct MarkdownNode {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) { self.pointer = pointer }

    var type: String { String(cString: cmark_node_get_type_string(pointer)) }
    var literal: [UInt8] { cmark_node_get_literal(pointer).map { Array(String(cString: $0).utf8) } ?? [] }
    var url: String { cmark_node_get_url(pointer).map { String(cString: $0) } ?? "" }
    var title: String { cmark_node_get_title(pointer).map { String(cString: $0) } ?? "" }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }
    var endLine: Int { Int(cmark_node_get_end_line(pointer)) }
    var endColumn: Int { Int(cmark_node_get_end_column(pointer)) }
    var parent: MarkdownNode? { cmark_node_parent(pointer).map(MarkdownNode.init) }
    var firstChild: MarkdownNode? { cmark_node_first_child(pointer).map(MarkdownNode.init) }
    var next: MarkdownNode? { cmark_node_next(pointer).map(MarkdownNode.init) }

    var children: [MarkdownNode] {
        var result: [MarkdownNode] = []
        var child = firstChild
        while let current = child {
            result.append(current)
            child = current.next
        }
        return result
    }
}
