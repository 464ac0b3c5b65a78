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
    /// Known words (in the frequency list) come first: every edit is hashed in place, without building a string,
    /// and only edits whose hash is a known word's are checked. The dictionary is asked about the other edits
    /// only when no known word is one edit away.
    func candidates(for word: String, limit: Int, isCorrect: (String) -> Bool) -> [String] {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 2, scalars.count <= 40 else { return [] }
        let capitalised = scalars[0].isUppercaseLetter && !(scalars.count > 1 && scalars[1].isUppercaseLetter)
        let shouted = scalars.allSatisfy { !$0.isLowercaseLetter }
        let base = shouted || capitalised ? Array(word.lowercased().unicodeScalars) : scalars
        var seen = Set<String>()
        var found: [Candidate] = []
        func accept(_ plain: String, _ order: Int, _ firstChanged: Bool) {
            if isCorrect(plain) {
                found.append(Candidate(word: plain, order: order, firstChanged: firstChanged))
            } else if let first = plain.unicodeScalars.first, first.isLowercaseLetter {
                // Proper nouns are only right capitalised ("Wednesday").
                let title = plain.prefix(1).uppercased() + plain.dropFirst()
                if isCorrect(title) { found.append(Candidate(word: title, order: order, firstChanged: firstChanged)) }
            }
        }
        // First pass: known words only, found by hash.
        forEachEdit(of: base) { edit in
            guard frequency.mayContain(FrequencyList.hash(edit.scalars)) else { return }
            let plain = Suggester.string(edit.scalars)
            guard frequency.contains(plain), seen.insert(plain).inserted else { return }
            accept(plain, edit.order, edit.firstChanged)
        }
        // Rarer words (inflections, terms) rank after every known word anyway: ask the dictionary about them
        // only when no known word is one edit away.
        if found.isEmpty {
            forEachEdit(of: base) { edit in
                let plain = Suggester.string(edit.scalars)
                guard seen.insert(plain).inserted else { return }
                accept(plain, edit.order, edit.firstChanged)
            }
        }
        // A changed first letter is a rare typo; then the commoner word; then the edit order.
        let ranked = found.sorted { a, b in
            if a.firstChanged != b.firstChanged { return !a.firstChanged }
            let ra = frequency.rank(a.word), rb = frequency.rank(b.word)
            if ra != rb { return ra < rb }
            return a.order < b.order
        }
        return ranked.prefix(limit).map { restoreCase($0.word, capitalised: capitalised, shouted: shouted) }
    }

    struct Candidate {
        var word: String
        var order: Int
        var firstChanged: Bool
    }

    /// One edit of a word, in a reused buffer.
    struct Edit {
        var scalars: ArraySlice<Unicode.Scalar>
        var order: Int
        var firstChanged: Bool
    }

    /// Calls `body` with every swap of neighbours, deletion, insertion and replacement, in that order.
    private func forEachEdit(of base: [Unicode.Scalar], _ body: (Edit) -> Void) {
        let n = base.count
        var buffer = base + [" "]
        var order = 0
        func emit(_ count: Int, _ first: Bool) {
            order += 1
            body(Edit(scalars: buffer[0..<count], order: order, firstChanged: first))
        }
        for i in 0..<(n - 1) where base[i] != base[i + 1] {  // swapped neighbours
            buffer.swapAt(i, i + 1)
            emit(n, i == 0)
            buffer.swapAt(i, i + 1)
        }
        for i in 0..<n {  // a letter too many
            for k in 0..<(n - 1) { buffer[k] = base[k < i ? k : k + 1] }
            emit(n - 1, i == 0)
        }
        for i in 0...n {  // a letter missing
            for k in 0..<n { buffer[k < i ? k : k + 1] = base[k] }
            for letter in alphabet {
                buffer[i] = letter
                emit(n + 1, i == 0)
            }
        }
        for k in 0..<n { buffer[k] = base[k] }
        for i in 0..<n {  // a wrong letter
            for letter in alphabet where letter != base[i] {
                buffer[i] = letter
                emit(n, i == 0)
            }
            buffer[i] = base[i]
        }
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
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
    /// FNV-1a hashes of the words' scalars: a cheap first test that needs no string.
    private let hashes: Set<UInt64>

    init(lines: [String]) {
        var ranks: [String: Int] = [:]
        var hashes = Set<UInt64>()
        ranks.reserveCapacity(lines.count)
        hashes.reserveCapacity(lines.count)
        // Backwards, so a word listed twice keeps its first (commoner) rank with one look-up per line.
        for (i, word) in lines.enumerated().reversed() {
            ranks[word] = i
            hashes.insert(FrequencyList.hash(word.unicodeScalars))
        }
        self.ranks = ranks
        self.hashes = hashes
    }

    static func hash<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in scalars {
            h = (h ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01b3
        }
        return h
    }

    /// False means certainly not in the list.
    func mayContain(_ hash: UInt64) -> Bool {
        hashes.contains(hash)
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
public final class SuggestionCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: [String]] = [:]

    public init() {}

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
