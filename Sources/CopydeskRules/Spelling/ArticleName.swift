/// One name as an article uses it: every use, the fullest form it is written in, and why it is taken as a name.
/// `spelling.unknown_name` reports it once, at its first use. A bare surname after the full name ("Yoon" after
/// "Yoon Hee-soon") is a use of the full name.
struct ArticleName {
    /// One place the name is written: a block and a byte range of its text.
    struct Use: Equatable {
        var block: Int
        var range: Range<Int>
    }

    /// The fullest form, as first written in full ("Yoon Hee-soon"), else as first written.
    var text: String
    /// Every use, in order; the first is where it is reported.
    var uses: [Use]
    /// The unknown words to add to a word list, as the dictionary looks them up, in order of first use.
    var words: [String]
    /// The first use's evidence of being a name.
    var evidence: String

    /// Groups the `.name` items (in document order) into names.
    static func group(_ items: [SpellingClassification.Item]) -> [ArticleName] {
        // One mention per name span: "Kim Jong Un" holds two unknown words but is written once.
        var mentions: [(use: Use, span: NameSpan, words: [String], evidence: String)] = []
        for item in items {
            guard case .name(let evidence) = item.verdict, let span = item.unknown.name else { continue }
            let use = Use(block: item.unknown.block, range: span.range)
            let word = SpellingAnalysis.baseName(item.unknown.word)
            if let last = mentions.last, last.use == use {
                if !last.words.contains(word) { mentions[mentions.count - 1].words.append(word) }
            } else {
                mentions.append((use, span, [word], evidence))
            }
        }
        mentions.sort { ($0.use.block, $0.use.range.lowerBound) < ($1.use.block, $1.use.range.lowerBound) }
        // A one-word mention belongs to the first full name that has the word as a part.
        var fullNameOf: [String: String] = [:]
        for mention in mentions where mention.span.isFullName {
            let key = mention.span.parts.joined(separator: " ")
            for part in mention.span.parts where fullNameOf[part] == nil { fullNameOf[part] = key }
        }
        var names: [ArticleName] = []
        var index: [String: Int] = [:]
        for mention in mentions {
            let own = mention.span.parts.joined(separator: " ")
            let key = mention.span.isFullName ? own : fullNameOf[own] ?? own
            if let i = index[key] {
                names[i].uses.append(mention.use)
                if mention.span.isFullName && !names[i].isFull { names[i].text = mention.span.text }
                for word in mention.words where !names[i].words.contains(word) { names[i].words.append(word) }
            } else {
                index[key] = names.count
                names.append(ArticleName(text: mention.span.text, uses: [mention.use], words: mention.words, evidence: mention.evidence))
            }
        }
        return names
    }

    private var isFull: Bool { text.contains(" ") }
}
