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
        try parse(source, path: path, plan: MarkdownSections.plan(source.utf8))
    }

    /// Parses in sections of about `sectionSize` bytes whatever the file's size (`threshold` 0), or whole (a
    /// threshold above its size): the tests and the `sections` fuzz target compare the two.
    public static func parse(_ source: SourceText, path: String, sectionSize: Int, threshold: Int) throws -> Document {
        try parse(source, path: path, plan: MarkdownSections.plan(source.utf8, sectionSize: sectionSize, threshold: threshold))
    }

    /// Parses section by section (see `MarkdownSections`).
    static func parse(_ source: SourceText, path: String, plan: MarkdownSections.Plan) throws -> Document {
        let front = try FrontMatterParser.parse(source)
        var walker = MarkdownWalker(source: source)
        walker.blocks = front?.blocks ?? []
        let sectioned = plan.sections.count > 1
        for (index, section) in plan.sections.enumerated() {
            // A whole file is handed over as it is (copied only if the front matter is blanked).
            var input = sectioned ? Array(source.utf8[section]) : source.utf8
            if let range = front?.frontMatter.sourceRange.clamped(to: section), !range.isEmpty {
                // Blank the front matter out (keeping line breaks, CR and LF) so cmark's positions stay source positions.
                for offset in range where input[offset - section.lowerBound] != 0x0A && input[offset - section.lowerBound] != 0x0D {
                    input[offset - section.lowerBound] = 0x20
                }
            }
            let lines = source.line(at: section.lowerBound) - 1
            // The section's own lines, counted as the source counts them (LF, CRLF or a lone CR end a line).
            let ownLines = sectioned ? source.line(at: max(section.lowerBound, section.upperBound - 1)) - lines : Int.max
            if sectioned, !plan.definitions.isEmpty, index + 1 < plan.sections.count || plan.endsClean {
                input += [0x0A, 0x0A] + plan.definitions
            }
            walk(input, lineOffset: lines, lineLimit: ownLines, into: &walker)
        }
        return Document(path: path, syntax: .markdown, source: source, frontMatter: front?.frontMatter,
                        blocks: walker.blocks, links: walker.links, images: walker.images,
                        comments: walker.comments, tables: walker.tables, emptyHeadings: walker.emptyHeadings)
    }

    /// Walks one section. Its lines are source lines `lineOffset + 1...`; nodes that start past `lineLimit` come from
    /// the link definitions appended to the section and are not read.
    private static func walk(_ input: [UInt8], lineOffset: Int, lineLimit: Int, into walker: inout MarkdownWalker) {
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
            if Int(cmark_node_get_start_line(node)) > lineLimit, cmark_node_parent(node) != nil {
                if entering, cmark_node_first_child(node) != nil { skipping = node }
                continue
            }
            let view = MarkdownNode(node, lineOffset: lineOffset)
            if entering, walker.enter(view) == .skipChildren, cmark_node_first_child(node) != nil {
                skipping = node
            } else if !entering {
                walker.exit(view)
            }
        }
    }
}

/// A read-only view of one cmark node, so cmark types stay in this module. Lines are source lines: a section's
/// nodes add the lines before the section.
struct MarkdownNode {
    let pointer: OpaquePointer
    let lineOffset: Int

    init(_ pointer: OpaquePointer, lineOffset: Int = 0) {
        self.pointer = pointer
        self.lineOffset = lineOffset
    }

    var type: String { String(cString: cmark_node_get_type_string(pointer)) }
    var literal: [UInt8] { cmark_node_get_literal(pointer).map { Array(String(cString: $0).utf8) } ?? [] }
    var url: String { cmark_node_get_url(pointer).map { String(cString: $0) } ?? "" }
    var title: String { cmark_node_get_title(pointer).map { String(cString: $0) } ?? "" }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var startLine: Int { line(cmark_node_get_start_line(pointer)) }
    var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }
    var endLine: Int { line(cmark_node_get_end_line(pointer)) }
    var endColumn: Int { Int(cmark_node_get_end_column(pointer)) }
    var parent: MarkdownNode? { cmark_node_parent(pointer).map { MarkdownNode($0, lineOffset: lineOffset) } }
    var firstChild: MarkdownNode? { cmark_node_first_child(pointer).map { MarkdownNode($0, lineOffset: lineOffset) } }
    var next: MarkdownNode? { cmark_node_next(pointer).map { MarkdownNode($0, lineOffset: lineOffset) } }

    /// cmark's line 0 means "no position"; it stays 0.
    private func line(_ raw: Int32) -> Int { raw > 0 ? Int(raw) + lineOffset : 0 }

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
