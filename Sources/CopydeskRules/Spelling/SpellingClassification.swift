import CopydeskCore

/// Sorts a document's unknown words into misspellings, names and names spelled two ways.
struct SpellingClassification {
    enum Verdict {
        case misspelling(suggestions: [String])
        case name(evidence: String)
        /// A name written another way elsewhere in the article.
        case variant(of: String, count: Int)
    }

    struct Item {
        var unknown: SpellingAnalysis.Unknown
        var verdict: Verdict
    }

    var items: [Item] = []
    /// The names, each once, in the order of their first use (built from the `.name` items).
    var names: [ArticleName] = []

    static func compute(_ context: RuleContext) -> SpellingClassification {
        let analysis = context.analysis(SpellingAnalysis.self) { SpellingAnalysis.compute(context) }
        guard let checker = context.spellChecker else { return SpellingClassification() }
        let limit = context.configuration.spelling.maxSuggestions
        var result = SpellingClassification()
        for unknown in analysis.unknowns {
            if unknown.looksLikeName, let evidence = unknown.nameEvidence, !unknown.repeatedOnly {
                result.items.append(Item(unknown: unknown, verdict: .name(evidence: evidence)))
                continue
            }
            if unknown.looksLikeName {
                let lexicon = NameLexicon.shared(context)
                if let evidence = lexicon.gazetteerEvidence(unknown.word) {
                    result.items.append(Item(unknown: unknown, verdict: .name(evidence: evidence)))
                    continue
                }
                // Most capitalised unknown words are names: first only what the near-miss test can use is looked up
                // (the common words close by, without the dictionary's slow search), and only a word that passes it
                // is tried on its full suggestions, the ones the editor sees.
                let reach = nearMissReach(unknown.word.count)
                let isWord = { (s: String) in checker.isCorrect(s.lowercased()) }
                let near = filtered(unknown.word, checker.nearWords(for: unknown.word, rareWords: reach.rareWords,
                                                                    reach: reach.sameStart, anyReach: reach.any))
                let suggestions = isNearMiss(unknown.word, Array(near.prefix(limit)), lexicon, isWord: isWord)
                    ? Array(suggest(unknown.word, shouted: false, checker).prefix(limit)) : []
                if !suggestions.isEmpty, isNearMiss(unknown.word, suggestions, lexicon, isWord: isWord) {
                    result.items.append(Item(unknown: unknown, verdict: .misspelling(suggestions: suggestions)))
                } else {
                    let evidence = unknown.nameEvidence ?? "capitalised and not close to a common word"
                    result.items.append(Item(unknown: unknown, verdict: .name(evidence: evidence)))
                }
                continue
            }
            let suggestions = Array(suggest(unknown.word, shouted: unknown.token.isAllCaps, checker).prefix(limit))
            result.items.append(Item(unknown: unknown, verdict: .misspelling(suggestions: suggestions)))
        }
        result.markVariants()
        result.names = ArticleName.group(result.items)
        return result
    }

    /// Suggestions for a shouted word are made in lower case and given back in capitals.
    /// Splits of the word itself ("ac cross" for "accross") are dropped: they are rarely what was meant.
    static func suggest(_ word: String, shouted: Bool, _ checker: any SpellChecking) -> [String] {
        filtered(word, shouted ? checker.suggestions(for: word.lowercased()).map { $0.uppercased() } : checker.suggestions(for: word))
    }

    private static func filtered(_ word: String, _ raw: [String]) -> [String] {
        let joined = { (s: String) in s.filter { $0 != " " && $0 != "-" }.lowercased() }
        let bare = joined(word)
        var seen = Set<String>()
        return raw.filter { joined($0) != bare && seen.insert($0).inserted }
    }

    /// What `isNearMiss` can accept for a word of `length` letters, so that no more is looked up: dictionary words
    /// beyond the common ones count from `twoEditLength` letters; when nothing is within two edits, only a word
    /// within `sameStart` edits with the first letter kept, or `any` edits, can make a near miss (0: none further).
    static func nearMissReach(_ length: Int) -> (rareWords: Bool, sameStart: Int, any: Int) {
        guard length >= anyWordLength else { return (length >= twoEditLength, 0, 0) }
        let allowed = length >= threeEditLength ? 3 : 2
        let sameStart = max(allowed, Int((Double(length) * sameStartShare).rounded()))
        return (true, sameStart, allowed > 2 ? allowed : 0)
    }

    /// A capitalised word close to a word among its suggestions is a typo ("Wendesday", "Goverment"), not a name:
    /// one edit from a common word, two for words of `twoEditLength` letters or more; from `anyWordLength` letters
    /// on, any dictionary word counts ("Abbrviating"), and from `threeEditLength` on, three edits. A word that is a
    /// word in lower case too, with the same first letter, may be further: one edit from `twoEditLength` letters ("Datatye"), and from
    /// `anyWordLength` letters a third of the word's length ("Beaurocracy", "Nessasary", "Sophicated"): names that
    /// long are rarely that close to an English word with the same first letter.
    /// `isWord` says whether a suggestion is a word in lower case (not only a proper noun).
    static func isNearMiss(_ word: String, _ suggestions: [String], _ lexicon: NameLexicon,
                           isWord: (String) -> Bool) -> Bool {
        let n = word.count
        let allowed = n >= threeEditLength ? 3 : n >= twoEditLength ? 2 : 1
        let sameStart = n >= anyWordLength ? max(allowed, Int((Double(n) * sameStartShare).rounded())) : n >= twoEditLength ? 1 : 0
        let lower = word.lowercased()
        return suggestions.contains { suggestion in
            // "Dan-dong" for "Dandong" says nothing: splitting a word is not a typo fix.
            guard !suggestion.contains(" "), !suggestion.contains("-") else { return false }
            let target = suggestion.lowercased()
            if (n >= anyWordLength || lexicon.isCommon(suggestion))
                && EditDistance.distance(lower, target, limit: allowed) <= allowed { return true }
            return sameStart > 0 && !suggestion.contains("'") && target.first == lower.first
                && EditDistance.distance(lower, target, limit: sameStart) <= sameStart && isWord(suggestion)
        }
    }

    static let twoEditLength = 7
    static let anyWordLength = 8
    static let threeEditLength = 12
    /// How far, as a share of its length, a long word may be from a lower-case word with its first letter.
    static let sameStartShare = 0.34

    /// Two names within a small edit distance (Glendinning, Glendining): the rarer spelling is flagged.
    private mutating func markVariants() {
        var counts: [String: Int] = [:]
        var firstSeen: [String: Int] = [:]
        for (i, item) in items.enumerated() {
            guard case .name = item.verdict else { continue }
            let base = SpellingAnalysis.baseName(item.unknown.word)
            counts[base, default: 0] += 1
            if firstSeen[base] == nil { firstSeen[base] = i }
        }
        let names = counts.keys.filter { $0.count >= 5 }.sorted()
        var variantOf: [String: String] = [:]
        for (i, a) in names.enumerated() {
            for b in names[(i + 1)...] where a.first == b.first {
                let allowed = min(a.count, b.count) >= 8 ? 2 : 1
                guard EditDistance.distance(a, b, limit: allowed) <= allowed else { continue }
                // The rarer one is the variant; on a tie, the one seen later.
                let (keep, flag) = counts[a]! > counts[b]! || (counts[a]! == counts[b]! && firstSeen[a]! < firstSeen[b]!) ? (a, b) : (b, a)
                variantOf[flag] = keep
            }
        }
        for i in items.indices {
            guard case .name = items[i].verdict else { continue }
            let base = SpellingAnalysis.baseName(items[i].unknown.word)
            if let keep = variantOf[base] {
                items[i].verdict = .variant(of: keep, count: counts[keep] ?? 0)
            }
        }
    }
}

extension RuleContext {
    var spellingClassification: SpellingClassification {
        analysis(SpellingClassification.self) { SpellingClassification.compute(self) }
    }
}
