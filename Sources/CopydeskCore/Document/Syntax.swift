/// The kind of file an article is written in.
public enum Syntax: String, Codable, Sendable, CaseIterable {
    case markdown
    case html
    case text

    /// The syntax a file extension implies, or nil for a file that is not an article.
    public init?(pathExtension ext: String) {
        switch ext.lowercased() {
        case "md", "markdown", "mdown", "mkd": self = .markdown
        case "html", "htm", "xhtml": self = .html
        case "txt", "text": self = .text
        default: return nil
        }
    }

    /// Extensions `copydesk lint DIR` picks up by default.
    public static let defaultExtensions = ["md", "markdown", "html", "htm", "txt"]
}
