import CopydeskCore
import Foundation

/// Fast spelling suggestions: every word one edit away (a deleted, inserted, replaced or swapped letter) that the
/// dictionary accepts, ranked by how common the word is; hunspell's own, much slower, suggest is the fallback
/// when nothing is one edit away. About 0.2 ms a word instead of hunspell's 20 ms.
struct Suggester {
    /// Letters tried for insertions and replacements (the affix file's TRY line, lower case first).
    let alphabet: [Unicode.Scalar]
    let frequency: FrequencyList

    /// Candidates one edit from `word`, accepted by `isCorrect`, best first; empty when there are none.
    ///
    /// Known words (in the frequency list) are checked first; the dictionary is asked about the rest only when
    /// no known word is found, so most typos cost a few hundred hash look-ups.
    func candidates(for word: String, limit: Int, isCorrect: (String) -> Bool) -> [String] {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 2, scalars.count <= 40 else { return [] }
        let capitalised = scalars[0].isUppercaseLetter && !(scalars.count > 1 && scalars[1].isUppercaseLetter)
        let shouted = scalars.allSatisfy { !$0.isLowercaseLetter }
        let base = shouted || capitalised ? Array(word.lowercased().unicodeScalars) : scalars
        var seen = Set<String>()
        var found: [(word: String, order: Int, firstChanged: Bool)] = []
        var unknown: [(word: String, order: Int, firstChanged: Bool)] = []
        var order = 0
        func accept(_ plain: String, _ order: Int, _ firstChanged: Bool) {
            if isCorrect(plain) {
                found.append((plain, order, firstChanged))
            } else if let first = plain.unicodeScalars.first, first.isLowercaseLetter {
                // Proper nouns are only right capitalised ("Wednesday").
                let title = plain.prefix(1).uppercased() + plain.dropFirst()
                if isCorrect(title) { found.append((title, order, firstChanged)) }
            }
        }
        func consider(_ candidate: [Unicode.Scalar], firstChanged: Bool) {
            order += 1
            var view = String.UnicodeScalarView()
            view.append(contentsOf: candidate)
            let plain = String(view)
            guard seen.insert(plain).inserted else { return }
            if frequency.contains(plain) {
                accept(plain, order, firstChanged)
            } else {
                unknown.append((plain, order, firstChanged))
            }
        }
        let n = base.count
        for i in 0..<(n - 1) where base[i] != base[i + 1] {  // swapped neighbours
            var c = base
            c.swapAt(i, i + 1)
            consider(c, firstChanged: i == 0)
        }
        for i in 0..<n {  // a letter too many
            var c = base
            c.remove(at: i)
            consider(c, firstChanged: i == 0)
        }
        for i in 0...n {  // a letter missing
            for letter in alphabet {
                var c = base
                c.insert(letter, at: i)
                consider(c, firstChanged: i == 0)
            }
        }
        for i in 0..<n {  // a wrong letter
            for letter in alphabet where letter != base[i] {
                var c = base
                c[i] = letter
                consider(c, firstChanged: i == 0)
            }
        }
        // Rarer words (inflections, terms) rank after every known word anyway: ask the dictionary about them
        // only when no known word is one edit away.
        if found.isEmpty {
            for candidate in unknown { accept(candidate.word, candidate.order, candidate.firstChanged) }
        }
        // A changed first letter is a rare typo; then the commoner word; then the edit order above.
        let ranked = found.sorted { a, b in
            if a.firstChanged != b.firstChanged { return !a.firstChanged }
            let ra = frequency.rank(a.word), rb = frequency.rank(b.word)
            if ra != rb { return ra < rb }
            return a.order < b.order
        }
        return ranked.prefix(limit).map { restoreCase($0.word, capitalised: capitalised, shouted: shouted) }
    }

    private func restoreCase(_ word: String, capitalised: Bool, shouted: Bool) -> String {
        if shouted { return word.uppercased() }
        if capitalised { return word.prefix(1).uppercased() + word.dropFirst() }
        return word
    }
}

/// Word ranks from `Dictionaries/spelling/frequency.txt` (most common first). Unknown words rank last.
struct FrequencyList: Sendable {
    private let ranks: [String: Int]

    init(lines: [String]) {
        var ranks: [String: Int] = [:]
        ranks.reserveCapacity(lines.count)
        for (i, word) in lines.enumerated() where ranks[word] == nil { ranks[word] = i }
        self.ranks = ranks
    }

    func rank(_ word: String) -> Int {
        ranks[word] ?? ranks[word.lowercased()] ?? Int.max
    }

    /// Whether a lower-case word is in the list.
    func contains(_ word: String) -> Bool {
        ranks[word] != nil
    }
}

/// Suggestions shared by every worker of a run, per dictionary and word list: each unique misspelling is
/// worked out once per run.
final class SuggestionCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: [String]] = [:]

    func value(_ key: String) -> [String]? {
        lock.lock()
        defer { lock.unlock() }
        return entries[key]
    }

    func store(_ key: String, _ value: [String]) {
        lock.lock()
        entries[key] = value
        lock.unlock()
    }
}
