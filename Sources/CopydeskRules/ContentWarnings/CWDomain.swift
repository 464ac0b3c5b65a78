import CopydeskCore

/// A desk from `domains.tsv`: its section names and vocabulary, and whether harm words there are usually figurative.
struct CWDesk: Sendable {
    var id: String
    var soft: Bool
    var sections: Set<String>
    var vocabulary: [CWPattern]
}

/// The article's desk, and why: its front-matter `section:` mapped to a desk, or the desk whose vocabulary it uses.
struct CWDomain: Sendable, Equatable {
    var id: String
    var soft: Bool
    /// "section: Sport" or "vocabulary", shown in the evidence.
    var source: String
    /// Up to five vocabulary words that support the desk.
    var words: [String]
    /// Armed-conflict words the article uses (`conflict.txt`), up to `enoughWords`.
    var conflictWords: [String] = []
    /// The article reports an armed conflict: at least `minimumConflictWords` distinct conflict words.
    var conflict: Bool { conflictWords.count >= Self.minimumConflictWords }
    static let minimumConflictWords = 3

    static let news = CWDomain(id: "news", soft: false, source: "default", words: [])

    /// "domain: sport, from section: Sport and goal, half time, manager".
    var evidence: String {
        var out = "domain: \(id), from \(source)"
        if !words.isEmpty { out += (source == "vocabulary" ? " " : " and ") + words.joined(separator: ", ") }
        if conflict { out += "; armed conflict: " + conflictWords.prefix(5).joined(separator: ", ") }
        return out
    }

    /// A vocabulary desk needs this many distinct words, and twice as many as the news desk.
    static let minimumWords = 4
    /// Vocabulary is read from this many opening blocks (headline, standfirst, the first paragraphs) ...
    static let vocabularyBlocks = 24
    /// ... and a desk stops counting at this many words.
    static let enoughWords = 12

    /// - Parameter counts: per desk, the distinct vocabulary words the article uses, in first-seen order.
    static func decide(section: String?, counts: [String: [String]], desks: [CWDesk]) -> CWDomain {
        let news = counts["news"]?.count ?? 0
        func words(_ id: String) -> [String] { Array((counts[id] ?? []).prefix(5)) }
        if let section {
            let key = section.fastLowercased
            if let desk = desks.first(where: { $0.sections.contains(key) }) {
                return CWDomain(id: desk.id, soft: desk.soft, source: "section: \(section)", words: words(desk.id))
            }
        }
        let ranked = desks.filter { $0.soft }.map { ($0, counts[$0.id]?.count ?? 0) }.max { $0.1 < $1.1 }
        if let (desk, count) = ranked, count >= minimumWords, count >= 2 * news {
            return CWDomain(id: desk.id, soft: true, source: "vocabulary", words: words(desk.id))
        }
        return CWDomain(id: "news", soft: false, source: section.map { "section: \($0)" } ?? "default", words: words("news"))
    }

    /// The front-matter section, category or desk.
    static func section(of document: Document) -> String? {
        guard let values = document.frontMatter?.values else { return nil }
        for key in ["section", "desk", "category"] {
            if let first = values[key]?.strings.first, !first.isEmpty { return first }
        }
        return nil
    }
}
