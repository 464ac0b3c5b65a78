import CopydeskCore
import Foundation

/// Fast spelling suggestions: the known words (the frequency list) up to two edits away, found through an index of
/// their deletions, and the dictionary's words one edit away, ranked by a weighted edit cost and how common the
/// word is; hunspell's own, much slower, suggest is the fallback when nothing is within two edits.
struct Suggester {
    /// Letters tried for insertions and replacements (the affix file's TRY line, lower case first).
    let alphabet: [Unicode.Scalar]
    let frequency: FrequencyList
    /// Known words by their deletions; nil to look one edit away only.
    let near: NearWordIndex?
    /// The dictionary's word forms, made at the first need: only edits found there are put to hunspell. nil (or
    /// a nil result) to put every edit to it.
    let forms: (() -> DictionaryForms?)?

    init(alphabet: [Unicode.Scalar], frequency: FrequencyList, near: NearWordIndex? = nil, forms: (() -> DictionaryForms?)? = nil) {
        self.alphabet = alphabet
        self.frequency = frequency
        self.near = near
        self.forms = forms
    }

    /// Candidates for `word`, accepted by `isCorrect`, best first; empty when there are none.
    /// - Parameters:
    ///   - rareWords: also dictionary words outside the frequency list one edit away, when no known word is that
    ///     close.
    ///   - isAdded: whether a lower-case edit (by its hash) may be a word added to this checker (word lists,
    ///     configuration), which `forms` does not hold.
    func candidates(for word: String, limit: Int, rareWords: Bool = true, isAdded: (UInt64) -> Bool = { _ in false },
                    isCorrect: (String) -> Bool) -> [String] {
        guard let (base, capitalised, shouted) = Suggester.base(word) else { return [] }
        var seen = Set<String>()
        var found: [Candidate] = []
        func cost(_ plain: String) -> Double { Suggester.cost(base, Array(plain.unicodeScalars), rank: frequency.rank(plain)) }
        /// The word as the dictionary accepts it: as written, or capitalised (proper nouns: "Wednesday"); nil if neither.
        func confirmed(_ plain: String) -> String? {
            if isCorrect(plain) { return plain }
            guard let first = plain.unicodeScalars.first, first.isLowercaseLetter else { return nil }
            let title = plain.prefix(1).uppercased() + plain.dropFirst()
            return isCorrect(title) ? title : nil
        }
        func accept(_ plain: String, _ distance: Int) {
            if let word = confirmed(plain) { found.append(Candidate(word: word, cost: cost(plain), distance: distance)) }
        }
        // Known words two edits away are confirmed by the dictionary only as far as they can reach the list.
        var pending: [Candidate] = []
        // Known words up to two edits away (or one, without the index), found by hash.
        if let near {
            for (plain, distance) in near.words(within: 2, of: base, alphabet: alphabet) where seen.insert(plain).inserted {
                if distance <= 1 { accept(plain, distance) } else { pending.append(Candidate(word: plain, cost: cost(plain), distance: distance)) }
            }
        } else {
            forEachEdit(of: base) { edit in
                guard frequency.mayContain(FrequencyList.hash(edit.scalars)) else { return }
                let plain = Suggester.string(edit.scalars)
                guard frequency.contains(plain), seen.insert(plain).inserted else { return }
                accept(plain, 1)
            }
        }
        // Rarer words (inflections, terms) one edit away: asked of the dictionary only when no known word is that
        // close, and (with `forms`) only for the edits that are forms of the dictionary or added words.
        if rareWords, !found.contains(where: { $0.distance <= 1 }) {
            let forms = self.forms?()
            forEachEdit(of: base) { edit in
                if let forms {
                    let h = FrequencyList.hash(edit.scalars)
                    guard forms.mayContain(h) || isAdded(h) else { return }
                }
                let plain = Suggester.string(edit.scalars)
                guard seen.insert(plain).inserted else { return }
                accept(plain, 1)
            }
        }
        // The pending words by cost, a group of equal cost at a time, until `limit` words cost less than the next
        // group: the same list as confirming them all, with a fraction of the dictionary calls.
        pending.sort { $0.cost < $1.cost }
        var i = 0
        while i < pending.count {
            let groupCost = pending[i].cost
            if found.lazy.filter({ $0.cost < groupCost }).count >= limit { break }
            while i < pending.count, pending[i].cost == groupCost {
                if let word = confirmed(pending[i].word) { found.append(Candidate(word: word, cost: groupCost, distance: pending[i].distance)) }
                i += 1
            }
        }
        return rank(found, limit: limit, capitalised: capitalised, shouted: shouted)
    }

    /// Known words (the frequency list) with the word's first letter within `reach` edits, and any within
    /// `anyReach`, accepted by `isCorrect`, best first: what is close to a word nothing is within two edits of,
    /// without hunspell's slow suggest.
    /// `others`: more word indexes to scan (the dictionary's rarer forms).
    func distantCandidates(for word: String, reach: Int, anyReach: Int, limit: Int, others: [NearWordIndex] = [],
                           isCorrect: (String) -> Bool) -> [String] {
        guard let near, let (base, capitalised, shouted) = Suggester.base(word) else { return [] }
        var found: [Candidate] = []
        for (plain, distance) in ([near] + others).flatMap({ $0.scan(base, sameFirstWithin: reach, anyWithin: anyReach) }) {
            var candidate = plain
            if !isCorrect(plain) {
                candidate = plain.prefix(1).uppercased() + plain.dropFirst()
                guard candidate != plain, isCorrect(candidate) else { continue }
            }
            found.append(Candidate(word: candidate, cost: Suggester.cost(base, Array(plain.unicodeScalars), rank: frequency.rank(plain)),
                                   distance: distance))
        }
        return rank(found, limit: limit, capitalised: capitalised, shouted: shouted)
    }

    /// The word in lower case when it is capitalised or shouted, and which of the two; nil when too short or long.
    private static func base(_ word: String) -> ([Unicode.Scalar], capitalised: Bool, shouted: Bool)? {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 2, scalars.count <= 40 else { return nil }
        let capitalised = scalars[0].isUppercaseLetter && !(scalars.count > 1 && scalars[1].isUppercaseLetter)
        let shouted = scalars.allSatisfy { !$0.isLowercaseLetter }
        return (shouted || capitalised ? Array(word.lowercased().unicodeScalars) : scalars, capitalised, shouted)
    }

    private func rank(_ found: [Candidate], limit: Int, capitalised: Bool, shouted: Bool) -> [String] {
        let ranked = found.sorted { a, b in a.cost != b.cost ? a.cost < b.cost : a.word < b.word }
        return ranked.prefix(limit).map { restoreCase($0.word, capitalised: capitalised, shouted: shouted) }
    }

    /// Weighted edit cost of the typo against a candidate, plus how rare the candidate is. Cheap edits are the
    /// usual typos: a doubled or undoubled letter, a vowel for a vowel, neighbours swapped, letters moved within the
    /// word (the same letters: "yatch" for "yacht"); a changed first letter is dear.
    static func cost(_ typo: [Unicode.Scalar], _ word: [Unicode.Scalar], rank: Int) -> Double {
        var edits = weightedDistance(typo, word)
        if edits > 1.2, typo.count == word.count, typo.sorted(by: { $0.value < $1.value }) == word.sorted(by: { $0.value < $1.value }) {
            edits = 1.2
        }
        if typo.first != word.first { edits += 0.8 }
        let rarity = 0.12 * log(Double(min(rank, 200_000)) + 2)
        return edits + rarity
    }

    private static let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u", "y"]

    /// Optimal-string-alignment distance with cheaper common typos.
    static func weightedDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Double {
        let n = a.count, m = b.count
        if n == 0 { return Double(m) }
        if m == 0 { return Double(n) }
        var d = [[Double]](repeating: [Double](repeating: 0, count: m + 1), count: n + 1)
        for i in 0...n { d[i][0] = Double(i) }
        for j in 0...m { d[0][j] = Double(j) }
        for i in 1...n {
            for j in 1...m {
                let x = a[i - 1], y = b[j - 1]
                var sub = 0.0
                if x != y { sub = vowels.contains(x) && vowels.contains(y) ? 0.7 : 1.0 }
                // Deleting a letter of the typo that doubles its neighbour, or inserting one that doubles.
                let del = (i > 1 && a[i - 2] == x) || (i < n && a[i] == x) ? 0.5 : 1.0
                let ins = (j > 1 && b[j - 2] == y) || (j < m && b[j] == y) ? 0.5 : 1.0
                var v = min(d[i - 1][j] + del, d[i][j - 1] + ins, d[i - 1][j - 1] + sub)
                if i > 1, j > 1, x == b[j - 2], a[i - 2] == y { v = min(v, d[i - 2][j - 2] + 0.6) }
                d[i][j] = v
            }
        }
        return d[n][m]
    }

    struct Candidate {
        var word: String
        var cost: Double
        var distance: Int
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

/// The known words (the frequency list, lower case) by their single deletions, so that every known word within two
/// edits of a typo is found with a few thousand look-ups: a word is within two edits of the typo exactly when one of
/// the typo's single edits, or one of its deletions, is the word or one of the word's deletions.
/// Built once per run, at the first misspelling that needs it (about 450,000 keys for 50,000 words).
final class NearWordIndex: Sendable {
    private let words: [[Unicode.Scalar]]
    private let table: PackedKeys
    /// Word ids by length in scalars.
    private let byLength: [[Int32]]

    convenience init(lines: [String]) {
        var seen = Set<String>()
        self.init(words: lines.filter { seen.insert($0).inserted }.map { Array($0.unicodeScalars) })
    }

    /// The dictionary's forms of `minimumLength` letters or more that the frequency list lacks: what is within two
    /// edits of a long word with no known word that close ("algorthimically"), without hunspell's slow search.
    /// Built at the first such word; nil for an affix file `DictionaryForms` does not follow.
    static func rareForms(affixPath: String, dictionaryPath: String, frequency: FrequencyList, minimumLength: Int) -> NearWordIndex? {
        var seen = Set<UInt64>()
        var forms: [[Unicode.Scalar]] = []
        let supported = DictionaryForms.forEachForm(affixPath: affixPath, dictionaryPath: dictionaryPath) { prefix, stem, suffix in
            guard prefix.count + stem.count + suffix.count >= minimumLength else { return }
            let form = prefix + stem + suffix
            let h = FrequencyList.hash(form)
            if !frequency.mayContain(h), seen.insert(h).inserted { forms.append(form) }
        }
        return supported && forms.count <= PackedKeys.maxPayload ? NearWordIndex(words: forms) : nil
    }

    /// `words` distinct.
    init(words: [[Unicode.Scalar]]) {
        var packed: [UInt64] = []
        packed.reserveCapacity(words.count * 9)
        var buffer = HashBuffer()
        for (i, w) in words.enumerated() {
            buffer.forEachKey(of: w[...], deletions: true) { packed.append(PackedKeys.pack($0, i)) }
        }
        self.words = words
        table = PackedKeys(packed: packed)
        var byLength = [[Int32]](repeating: [], count: (words.map(\.count).max() ?? 0) + 1)
        for (i, w) in words.enumerated() { byLength[w.count].append(Int32(i)) }
        self.byLength = byLength
    }

    /// Keys of a word and of its single deletions (one per run of a repeated letter), by a polynomial hash, so that
    /// every deletion's key comes from a prefix and a suffix sum in constant time, in reused buffers.
    struct HashBuffer {
        private var prefix: [UInt64] = []
        private var suffix: [UInt64] = []
        private static let base: UInt64 = 0x0000_0100_0000_01b3
        private static let powers: [UInt64] = {
            var p: [UInt64] = [1]
            for _ in 0..<64 { p.append(p.last! &* base) }
            return p
        }()

        mutating func forEachKey(of s: ArraySlice<Unicode.Scalar>, deletions: Bool, _ body: (UInt64) -> Void) {
            let n = s.count
            guard n < HashBuffer.powers.count else { return }
            if prefix.count < n + 2 {
                prefix = [UInt64](repeating: 0, count: n + 2)
                suffix = [UInt64](repeating: 0, count: n + 2)
            }
            let start = s.startIndex
            // prefix[i]: s[..<i] as a number in `base`; suffix[i]: s[i...] with s[j] weighted base^(n-1-j).
            prefix[0] = 0
            for i in 0..<n { prefix[i + 1] = prefix[i] &* HashBuffer.base &+ UInt64(s[start + i].value) &+ 1 }
            suffix[n] = 0
            var i = n - 1
            while i >= 0 {
                suffix[i] = suffix[i + 1] &+ (UInt64(s[start + i].value) &+ 1) &* HashBuffer.powers[n - 1 - i]
                i -= 1
            }
            // The length goes in too: "ab" and a longer word must not meet by chance more than any two keys do.
            body(prefix[n] ^ UInt64(n) << 58)
            guard deletions, n > 0 else { return }
            for k in 0..<n where k == 0 || s[start + k] != s[start + k - 1] {
                body((prefix[k] &* HashBuffer.powers[n - 1 - k] &+ suffix[k + 1]) ^ UInt64(n - 1) << 58)
            }
        }
    }

    private func collect(_ h: UInt64, into found: inout Set<Int32>) {
        table.forEach(h) { found.insert(Int32($0)) }
    }

    /// Known words within `limit` (1 or 2) edits of `typo` (lower case), with their distance.
    func words(within limit: Int, of typo: [Unicode.Scalar], alphabet: [Unicode.Scalar]) -> [(String, Int)] {
        var found = Set<Int32>()
        var buffer = HashBuffer()
        func probe(_ e: ArraySlice<Unicode.Scalar>) {
            buffer.forEachKey(of: e, deletions: limit >= 2) { collect($0, into: &found) }
        }
        probe(typo[...])
        NearWordIndex.forEachEdit(of: typo, alphabet: alphabet) { probe($0) }
        var out: [(String, Int)] = []
        for id in found { within(limit, of: typo, Int(id), into: &out) }
        return out
    }

    /// Adds word `id` with its distance when it is within `limit` edits of `typo` (and not the typo itself).
    private func within(_ limit: Int, of typo: [Unicode.Scalar], _ id: Int, into out: inout [(String, Int)]) {
        let w = words[id]
        let d = NearWordIndex.distance(typo, w, limit: limit)
        guard d <= limit, d > 0 else { return }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: w)
        out.append((String(view), d))
    }

    /// Known words with the typo's first letter within `sameFirstWithin` edits, and any within `anyWithin`, by a
    /// scan of the words of a near enough length (about a twentieth of the list for the first letter alone).
    func scan(_ typo: [Unicode.Scalar], sameFirstWithin reach: Int, anyWithin anyReach: Int) -> [(String, Int)] {
        guard let first = typo.first else { return [] }
        var out: [(String, Int)] = []
        let widest = max(reach, anyReach)
        for length in max(1, typo.count - widest)...(typo.count + widest) where length < byLength.count {
            for id in byLength[length] {
                let limit = words[Int(id)].first == first ? reach : anyReach
                guard limit > 0, abs(length - typo.count) <= limit else { continue }
                within(limit, of: typo, Int(id), into: &out)
            }
        }
        return out
    }

    /// Every single deletion, insertion, replacement and swap of neighbours.
    static func forEachEdit(of base: [Unicode.Scalar], alphabet: [Unicode.Scalar], _ body: (ArraySlice<Unicode.Scalar>) -> Void) {
        let n = base.count
        var buffer = base + [" "]
        for i in 0..<(n - 1) where base[i] != base[i + 1] {
            buffer.swapAt(i, i + 1)
            body(buffer[0..<n])
            buffer.swapAt(i, i + 1)
        }
        for i in 0..<n where i == 0 || base[i] != base[i - 1] {
            for k in 0..<(n - 1) { buffer[k] = base[k < i ? k : k + 1] }
            body(buffer[0..<(n - 1)])
        }
        for i in 0...n {
            for k in 0..<n { buffer[k < i ? k : k + 1] = base[k] }
            for letter in alphabet {
                buffer[i] = letter
                body(buffer[0..<(n + 1)])
            }
        }
        for k in 0..<n { buffer[k] = base[k] }
        buffer[n] = " "
        for i in 0..<n {
            for letter in alphabet where letter != base[i] {
                buffer[i] = letter
                body(buffer[0..<n])
            }
            buffer[i] = base[i]
        }
    }

    /// Optimal-string-alignment distance, `limit + 1` once it is past the limit.
    static func distance(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar], limit: Int) -> Int {
        if abs(x.count - y.count) > limit { return limit + 1 }
        var previous2 = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...max(1, x.count) where !x.isEmpty {
            current[0] = i
            var rowMin = i
            for j in stride(from: 1, through: y.count, by: 1) {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var v = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { v = min(v, previous2[j - 2] + 1) }
                current[j] = v
                rowMin = min(rowMin, v)
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous2, &previous)
            swap(&previous, &current)
        }
        return x.isEmpty ? y.count : previous[y.count]
    }
}
