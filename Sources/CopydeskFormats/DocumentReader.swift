import CopydeskCore

/// Reads an article in any supported syntax into a `Document`.
public enum DocumentReader {
    /// Parses `source` as `syntax`. Only Markdown carries front matter; a malformed one throws `FormatError`.
    public static func parse(_ source: SourceText, path: String, syntax: Syntax) throws -> Document {
        switch syntax {
        case .markdown: return try MarkdownParser.parse(source, path: path)
        case .html: return HTMLParser.parse(source, path: path)
        case .text: return TextParser.parse(source, path: path)
        }
    }
}
