import CopydeskCore

/// HTML articles read with libxml2's forgiving HTML parser.
///
/// Prose comes from the visible text of block elements; `<title>` becomes a `.frontMatter` block
/// with field "title" and `<meta name="description">` one with field "description"; `script`,
/// `style`, `pre`, `template`, `noscript` and the like are skipped; inline `<code>` is a placeholder.
public enum HTMLParser {
    public static func parse(_ source: SourceText, path: String) -> Document {
        var walker = HTMLWalker(source: source, input: source.utf8, base: 0, limit: source.count, quoted: false)
        walker.run()
        return Document(path: path, syntax: .html, source: source, blocks: walker.blocks, links: walker.links,
                        images: walker.images, comments: walker.comments, tables: walker.tables,
                        declaredLanguage: walker.declaredLanguage, emptyHeadings: walker.emptyHeadings)
    }
}
