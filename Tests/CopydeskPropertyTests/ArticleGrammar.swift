import CopydeskCore

/// A small grammar for random articles: words (with typos, names and multibyte text), inline and block
/// markup, and phrases that make the content-warning and wording rules fire, so fixes get exercised.
enum ArticleGrammar {
    /// Pieces an article is made of; `¶` starts a new paragraph, `#`, `>` and `-` a heading, quote or list item.
    static let fragments: [String] = [
        // Plain words, typos and names.
        "the", "council", "voted", "on", "Tuesday", "to", "close", "a", "bridge", "and", "said", "that",
        "recieve", "goverment", "teh", "definately", "Ngozi", "Okonjo-Iweala", "Siobhán", "Zürich",
        "the the", "very very", "utilize", "in order to",
        // Numbers, punctuation, multibyte.
        "1990s", "£1.2m", "3.4%", "Dr.", "U.S.", "e.g.", "…", "—", "“quoted”", "‘single’", "😀", "naïve café", "日本語",
        ".", ".", ",", "?", "!", ":",
        // Content-warning and wording triggers.
        "committed suicide", "took her own life", "sexual assault", "was stabbed", "bloodied", "graphic footage",
        "child abuse", "overdose", "the victim died",
        // Inline markup (Markdown and HTML both appear in either syntax).
        "*emphasis*", "**strong**", "_under_", "`code`", "[a link](https://example.com)", "[click here](/x)",
        "![](photo.jpg)", "![a pictre of teh bridge](b.png)", "<b>bold</b>", "&amp;", "&nbsp;", "<br>",
        "<img src=\"x.png\">", "<a href=\"/y\">here</a>", "<!-- note -->", "\\*", "*", "**", "[", "]", "<",
        // Block starts.
        "¶", "¶", "¶", "¶#", "¶##", "¶>", "¶-", "¶1.", "¶| a | b |\n|---|---|\n| c | d |",
    ]

    /// Front matter put first in some Markdown articles.
    static let frontMatters = ["", "", "---\ntitle: A teh vote\nlang: en-US\n---\n", "---\ntitle: \"Harbour: ‘yes’\"\n---\n"]

    /// Builds the article text for a syntax from fragments.
    static func article(_ fragments: [String], syntax: Syntax, frontMatter: String) -> String {
        var paragraphs: [String] = []
        var current = ""
        for fragment in fragments {
            if fragment.hasPrefix("¶") {
                if !current.isEmpty { paragraphs.append(current) }
                let start = String(fragment.dropFirst())
                current = start.isEmpty ? "" : start + " "
            } else {
                current += (current.isEmpty || current.hasSuffix(" ") ? "" : " ") + fragment
            }
        }
        if !current.isEmpty { paragraphs.append(current) }
        switch syntax {
        case .markdown:
            return frontMatter + paragraphs.joined(separator: "\n\n") + "\n"
        case .html:
            let body = paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n")
            return "<!DOCTYPE html>\n<html lang=\"en\"><head><title>T</title></head><body>\n\(body)\n</body></html>\n"
        case .text:
            return paragraphs.joined(separator: "\n\n") + "\n"
        }
    }
}
