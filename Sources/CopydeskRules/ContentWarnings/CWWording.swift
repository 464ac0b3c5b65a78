import CopydeskCore
import Foundation

/// Warning wording that names the subjects and how far the article goes: never a vague "may be upsetting".
enum CWWording {
    /// "This article contains graphic descriptions of sexual violence, including against children, and descriptions of human trafficking."
    static func sentence(_ levels: [(id: String, level: ContentWarningLevel)], lexicon: CWLexicon) -> String {
        let ids = Set(levels.map(\.id))
        var groups: [(level: ContentWarningLevel, nouns: [String])] = []
        var notices: [String] = []
        let ordered = levels.sorted { a, b in
            a.level != b.level ? a.level > b.level : order(a.id, lexicon) < order(b.id, lexicon)
        }
        for (id, level) in ordered {
            guard let category = lexicon.category(id) else { continue }
            if let notice = category.notice { notices.append(notice); continue }
            if id == "child_abuse", ids.contains("sexual_violence") { continue }
            var noun = category.noun
            if id == "sexual_violence", ids.contains("child_abuse") { noun += ", including against children," }
            let effective = id == "sexual_violence" ? max(level, levels.first { $0.id == "child_abuse" }?.level ?? level) : level
            if let index = groups.firstIndex(where: { $0.level == effective }) {
                groups[index].nouns.append(noun)
            } else {
                groups.append((effective, [noun]))
            }
        }
        groups.sort { $0.level > $1.level }
        var sentences: [String] = []
        if !groups.isEmpty {
            let parts = groups.map { phrase($0.level) + " " + list($0.nouns.map { "of " + $0 }) }
            sentences.append("This article contains " + list(parts) + ".")
        }
        sentences += notices.map { $0.hasSuffix(".") ? $0 : $0 + "." }
        return sentences.joined(separator: " ").replacingOccurrences(of: ",.", with: ".")
    }

    /// A content-note paragraph in Markdown.
    static func markdown(_ text: String) -> String { "**Content warning:** " + text }

    /// The note in HTML: a `<details>` wrapper for graphic passages (the summary is read first, so reading order holds).
    static func html(_ text: String, graphic: Bool) -> String {
        let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        if graphic {
            return "<details class=\"content-warning\"><summary>Content warning: \(escaped)</summary>\n"
                + "<!-- the graphic passage goes here -->\n</details>"
        }
        return "<p class=\"content-warning\" role=\"note\"><strong>Content warning:</strong> \(escaped)</p>"
    }

    private static func phrase(_ level: ContentWarningLevel) -> String {
        switch level {
        case .mention: return "mentions"
        case .description: return "descriptions"
        case .graphic: return "graphic descriptions"
        }
    }

    /// "a", "a and b", "a, b and c"; an item that ends in a comma is followed by "and" directly.
    private static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        var out = items[0]
        for (index, item) in items.enumerated().dropFirst() {
            let last = index == items.count - 1
            if out.hasSuffix(",") { out += last ? " and " : " " } else { out += last ? " and " : ", " }
            out += item
        }
        return out
    }

    private static func order(_ id: String, _ lexicon: CWLexicon) -> Int {
        lexicon.categories.firstIndex { $0.id == id } ?? Int.max
    }
}
