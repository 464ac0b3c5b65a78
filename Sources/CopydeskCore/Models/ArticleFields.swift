/// What an archive audit groups and lists articles by, read from the article itself: the headline (front matter
/// `title`, else the first level-1 heading) and the front-matter `date`, `section` and `author` as written.
/// Each is nil when the article does not say.
public struct ArticleFields: Sendable, Equatable {
    public var headline: String?
    public var date: String?
    public var section: String?
    public var author: String?

    public init(headline: String? = nil, date: String? = nil, section: String? = nil, author: String? = nil) {
        self.headline = headline
        self.date = date
        self.section = section
        self.author = author
    }

    /// The fields of a parsed document. A list (`author: [A, B]`) is joined with ", "; `category` and `desk`
    /// stand in for a missing `section`, `authors` and `byline` for `author`, `published` for `date`.
    public init(_ document: Document) {
        let values = document.frontMatter?.values ?? [:]
        func field(_ keys: [String]) -> String? {
            for key in keys {
                let text = values[key]?.strings.joined(separator: ", ") ?? ""
                if !text.isEmpty { return text }
            }
            return nil
        }
        self.init(headline: document.title.flatMap { $0.isEmpty ? nil : $0 },
                  date: field(["date", "published", "pubdate"]),
                  section: field(["section", "category", "desk"]),
                  author: field(["author", "authors", "byline"]))
    }
}
