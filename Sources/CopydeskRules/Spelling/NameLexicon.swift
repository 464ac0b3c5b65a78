import CopydeskCore

/// What the spelling rules know about words beyond the dictionary: the gazetteer of the world's names
/// (`Dictionaries/gazetteer/names.tsv`) and how common English words are (`Dictionaries/spelling/frequency.txt`).
struct NameLexicon: Sendable {
    /// Gazetteer word → what it names ("given", "family", "place", comma-separated).
    let names: [String: String]
    /// Lower-case word → rank, most common first.
    let ranks: [String: Int]

    /// Built once per run, at the first capitalised unknown word, and shared by every worker.
    static func shared(_ context: RuleContext) -> NameLexicon {
        context.resources.cached("spelling.name-lexicon") {
            var names: [String: String] = [:]
            for line in context.resources.dataLines("gazetteer/names.tsv") {
                let fields = line.split(separator: "\t", maxSplits: 2)
                if fields.count >= 2 { names[String(fields[0])] = String(fields[1]) }
            }
            var ranks: [String: Int] = [:]
            for (i, word) in context.resources.dataLines("spelling/frequency.txt").enumerated() where ranks[word] == nil {
                ranks[word] = i
            }
            return NameLexicon(names: names, ranks: ranks)
        }
    }

    /// Why the gazetteer takes the word as a name ("a given name in the gazetteer"); nil when it lacks it.
    func gazetteerEvidence(_ word: String) -> String? {
        guard let kinds = names[word] ?? names[SpellingAnalysis.baseName(word)] else { return nil }
        let what = kinds.split(separator: ",").map { $0 == "given" ? "given name" : $0 == "family" ? "family name" : "place" }
        return "a known \(what.joined(separator: " and ")) (gazetteer)"
    }

    /// A common English word: among the list's most frequent words.
    func isCommon(_ word: String) -> Bool {
        (ranks[word.lowercased()] ?? .max) < NameLexicon.commonRank
    }

    static let commonRank = 50_000
}
