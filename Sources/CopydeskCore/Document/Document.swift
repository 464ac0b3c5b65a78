/// A link in the article.
public struct Link: Sendable, Hashable {
    public var text: String
    public var destination: String
    public var title: String?
    public var sourceRange: Range<Int>
    /// `target="_blank"` or similar on an HTML link.
    public var opensNewWindow: Bool

    public init(text: String, destination: String, title: String? = nil, sourceRange: Range<Int>, opensNewWindow: Bool = false) {
        self.text = text
        self.destination = destination
        self.title = title
        self.sourceRange = sourceRange
        self.opensNewWindow = opensNewWindow
    }
}

/// An image in the article; `alt` is nil when the attribute is missing altogether.
public struct Image: Sendable, Hashable {
    public var alt: String?
    public var source: String
    public var sourceRange: Range<Int>

    public init(alt: String?, source: String, sourceRange: Range<Int>) {
        self.alt = alt
        self.source = source
        self.sourceRange = sourceRange
    }
}

/// A comment in the source (`<!-- ... -->`), where suppression directives live.
public struct Comment: Sendable, Hashable {
    public var text: String
    public var sourceRange: Range<Int>

    public init(text: String, sourceRange: Range<Int>) {
        self.text = text
        self.sourceRange = sourceRange
    }
}

/// A table; accessibility checks want to know whether it has a header row.
public struct Table: Sendable, Hashable {
    public var hasHeaderRow: Bool
    public var sourceRange: Range<Int>

    public init(hasHeaderRow: Bool, sourceRange: Range<Int>) {
        self.hasHeaderRow = hasHeaderRow
        self.sourceRange = sourceRange
    }
}

/// An article as the rules see it: prose blocks that map back to the source, plus its structure.
public struct Document: Sendable {
    public var path: String
    public var syntax: Syntax
    public var source: SourceText
    public var frontMatter: FrontMatter?
    /// Prose blocks in reading order (front-matter prose fields first).
    public var blocks: [Block]
    public var links: [Link]
    public var images: [Image]
    public var comments: [Comment]
    public var tables: [Table]
    /// `<html lang>` for HTML documents.
    public var declaredLanguage: String?
    /// Source ranges of headings with no text at all (they make no block), for accessibility checks.
    public var emptyHeadings: [Range<Int>]

    public init(
        path: String, syntax: Syntax, source: SourceText, frontMatter: FrontMatter? = nil,
        blocks: [Block] = [], links: [Link] = [], images: [Image] = [], comments: [Comment] = [],
        tables: [Table] = [], declaredLanguage: String? = nil, emptyHeadings: [Range<Int>] = []
    ) {
        self.path = path
        self.syntax = syntax
        self.source = source
        self.frontMatter = frontMatter
        self.blocks = blocks
        self.links = links
        self.images = images
        self.comments = comments
        self.tables = tables
        self.declaredLanguage = declaredLanguage
        self.emptyHeadings = emptyHeadings
    }

    /// The language the article declares: front matter `lang`/`language`, or `<html lang>`.
    public var metadataLanguage: String? {
        if let fm = frontMatter {
            for key in ["lang", "language"] {
                if let value = fm.values[key]?.string, !value.isEmpty { return value }
            }
        }
        return declaredLanguage
    }

    /// The article's title: front matter `title`, else the first level-1 heading.
    public var title: String? {
        if let t = frontMatter?.values["title"]?.string { return t }
        return blocks.first { $0.kind == .heading && $0.level == 1 }?.text
    }
}
