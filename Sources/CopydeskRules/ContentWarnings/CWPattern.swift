import Foundation
import CopydeskCore

/// A word of a paragraph as the lexicons see it: lower case, curly apostrophes straightened,
/// hyphenated words split into parts, a trailing possessive `'s` dropped.
///
/// Stored in 32 bytes (32-bit offsets, a 16-bit numeral, a 16-bit key): a very large article has millions of words.
struct CWWord: Sendable {
    var text: String
    private let start: Int32
    /// The range's end, with `isName` in the top bit (a block's text is far below 2 GB).
    private let endAndName: UInt32
    private let sentenceIndex: Int32
    /// The low 16 bits of the text's `CWWordFilter` key, set by `CWWords`: compared before the text itself.
    private(set) var key: UInt16 = 0
    /// The numeral's value, or -1.
    private let numeral: Int16

    private static let nameBit: UInt32 = 1 << 31

    init(text: String, range: Range<Int>, sentence: Int, number: Int?, isName: Bool) {
        self.text = text
        start = Int32(range.lowerBound)
        endAndName = UInt32(range.upperBound) | (isName ? Self.nameBit : 0)
        sentenceIndex = Int32(truncatingIfNeeded: sentence)
        numeral = number.map { Int16(clamping: $0) } ?? -1
    }

    /// UTF-8 range in the block's text.
    var range: Range<Int> { Int(start)..<Int(endAndName & ~Self.nameBit) }
    /// Index of the sentence within the block.
    var sentence: Int { Int(sentenceIndex) }
    /// The value of a numeral ("9", "nine"); large numbers read as 32767.
    var number: Int? { numeral < 0 ? nil : Int(numeral) }
    /// Written with a capital and not the first word of its sentence: likely part of a name ("the charity Beat").
    var isName: Bool { endAndName & Self.nameBit != 0 }

    /// Sets the key from the text's full `CWWordFilter` key.
    mutating func setKey(_ full: UInt64) { key = Self.shortKey(full) }

    /// The part of a full filter key a word keeps: equal keys still need equal texts.
    static func shortKey(_ full: UInt64) -> UInt16 { UInt16(truncatingIfNeeded: full) }

    private static let numberWords: [String] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    ]
    /// Each number word's value, found by length and first letter before any comparison.
    private static let numberWordsByLength: [[(word: String, value: Int)]] = {
        var table = [[(word: String, value: Int)]](repeating: [], count: 10)
        for (index, word) in numberWords.enumerated() { table[word.utf8.count].append((word, index + 1)) }
        return table
    }()

    /// The value of a numeral written in digits or as a word up to seventeen.
    static func numberValue(_ word: String) -> Int? {
        guard let first = word.utf8.first else { return nil }
        if first &- 0x30 < 10 { return Int(word) }
        let length = word.utf8.count
        guard length < numberWordsByLength.count else { return nil }
        return numberWordsByLength[length].first { $0.word.utf8.first == first && $0.word == word }?.value
    }

    /// The words of a block's text; `tokens` are the block's tokens when the caller already has them.
    static func words(in text: String, tokens: [Token]? = nil) -> CWWords {
        let tokens = tokens ?? Tokenizer.tokens(in: text)
        func kept(_ token: Token) -> Bool { token.kind != .code && token.kind != .url && token.kind != .email }
        // Room for every part of every kept token, reserved once: a one-paragraph article is one block, and
        // growing its words by doubling would hold two copies of them at once.
        var out: [CWWord] = []
        out.reserveCapacity(tokens.reduce(0) { sum, token in
            kept(token) ? sum + 1 + token.text.utf8.reduce(0) { $0 + ($1 == 0x2D ? 1 : 0) } : sum
        })
        var numerals: [Int] = []
        var filter = CWWordFilter()
        var sentence = 0
        var previousEnd = 0
        var sentenceStart = true
        var text = text
        text.withUTF8 { bytes in
            for token in tokens where kept(token) {
                if bytes[previousEnd..<token.range.lowerBound].contains(where: { $0 == 0x2E || $0 == 0x21 || $0 == 0x3F }) {
                    sentence += 1
                    sentenceStart = true
                }
                let isName = !sentenceStart && token.isCapitalized && !token.isAllCaps
                sentenceStart = false
                previousEnd = token.range.upperBound
                var start = token.range.lowerBound
                // Hyphenated words are matched part by part.
                var rest = Substring(token.text)
                while true {
                    let hyphen = rest.utf8.firstIndex(of: 0x2D)
                    let part = rest[..<(hyphen ?? rest.endIndex)]
                    let length = part.utf8.count
                    let last = hyphen == nil
                    defer {
                        start += length + 1
                        if let hyphen { rest = rest[rest.utf8.index(after: hyphen)...] }
                    }
                    var word = String(part).fastLowercased
                    // Foundation's replace is slow per word; most words have no curly apostrophe.
                    if word.utf8.contains(0xE2) { word = word.replacingOccurrences(of: "\u{2019}", with: "'") }
                    // A possessive 's, then a trailing apostrophe.
                    if word.utf8.last == 0x73, word.utf8.dropLast().last == 0x27 { word.removeLast(2) }
                    if word.utf8.last == 0x27 { word.removeLast() }
                    if !word.isEmpty {
                        var entry = CWWord(text: word, range: start..<(start + length), sentence: sentence,
                                           number: numberValue(word), isName: isName)
                        entry.setKey(filter.insert(word))
                        if entry.number != nil { numerals.append(out.count) }
                        out.append(entry)
                    }
                    if last { break }
                }
            }
        }
        return CWWords(array: out, numerals: numerals, filter: filter)
    }
}

/// A block's words with a filter of the words and word beginnings it holds, so a pattern whose first word
/// is absent stops at once and the others are tried only where their first word stands.
struct CWWords: RandomAccessCollection, Sendable {
    let array: [CWWord]
    /// Positions of numerals.
    let numerals: [Int]
    let filter: CWWordFilter

    /// Made by `CWWord.words(in:)`, which sets each word's key as it goes.
    fileprivate init(array: [CWWord], numerals: [Int], filter: CWWordFilter) {
        self.array = array
        self.numerals = numerals
        self.filter = filter
    }

    /// Positions, in order, of the words equal to one of `exact` or starting with one of `prefixes`. A paragraph
    /// is short: comparing keys word by word costs less than an index would to build and to hold.
    func positions(exact: [CWKeyedWord], prefixes: [CWKeyedWord]) -> [Int] {
        var out: [Int] = []
        for word in exact where filter.mayContain(word.key) {
            let key = CWWord.shortKey(word.key)
            for i in array.indices where array[i].key == key && array[i].text == word.text { out.append(i) }
        }
        for prefix in prefixes where prefix.text.isEmpty || filter.mayContain(prefix.key) {
            for i in array.indices where array[i].text.hasPrefix(prefix.text) { out.append(i) }
        }
        return exact.count + prefixes.count > 1 ? Array(Set(out)).sorted() : out
    }

    var startIndex: Int { 0 }
    var endIndex: Int { array.count }
    subscript(position: Int) -> CWWord { array[position] }
}

/// A lexicon word with its `CWWordFilter` key.
struct CWKeyedWord: Sendable, Hashable {
    var text: String
    var key: UInt64
}

/// A Bloom filter over a block's distinct words and every beginning of them (FNV-1a over UTF-8, one bit per key).
/// Most of the lexicon's patterns start with a word the paragraph does not contain; the filter answers that with a
/// few bit tests, where a dictionary look-up would hash the word. It may say yes wrongly, never no wrongly.
struct CWWordFilter: Sendable {
    private static let wordCount = 64
    private var bits = [UInt64](repeating: 0, count: CWWordFilter.wordCount)

    /// Key of a whole word or of a word beginning: the hash after the prefix's bytes, and for a whole word one more
    /// step with a value no byte can have.
    static func keys(_ text: String) -> (prefixes: [UInt64], word: UInt64) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var prefixes: [UInt64] = []
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            prefixes.append(hash)
        }
        return (prefixes, (hash ^ 0x100) &* 0x100_0000_01b3)
    }

    static func prefixKey(_ text: String) -> UInt64? { keys(text).prefixes.last }
    static func wordKey(_ text: String) -> UInt64 { keys(text).word }

    /// Adds a word and its beginnings; returns the word's key.
    @discardableResult
    mutating func insert(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            set(hash)
        }
        let word = (hash ^ 0x100) &* 0x100_0000_01b3
        set(word)
        return word
    }

    func mayContain(_ key: UInt64) -> Bool {
        let bit = Int(truncatingIfNeeded: (key >> 32) & UInt64(Self.wordCount * 64 - 1))
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    private mutating func set(_ key: UInt64) {
        let bit = Int(truncatingIfNeeded: (key >> 32) & UInt64(Self.wordCount * 64 - 1))
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }
}

/// A lexicon entry compiled for matching. Syntax (see `Dictionaries/content-warnings/README.md`):
/// words separated by spaces; `a|b` alternatives; `stem*` any word starting with `stem`;
/// `<18` a number under 18; `..` up to three words of any kind. A match never crosses a sentence.
/// A class: the detector hands every pattern around for every paragraph, and one reference is cheaper to pass
/// than the fields.
final class CWPattern: Sendable {
    enum Slot: Sendable, Hashable {
        case word(exact: Set<String>, prefixes: [String])
        case minorAge
        case gap(Int)
    }

    let slots: [Slot]
    let source: String
    /// Filter keys of the first word's alternatives; nil when the pattern can start anywhere (a number, a gap).
    private let firstKeys: [UInt64]?
    /// The first word's exact alternatives and beginnings (`stem*`), with their keys.
    private let firstExact: [CWKeyedWord]
    private let firstPrefixes: [CWKeyedWord]

    init?(_ text: String) {
        var lowered = text.fastLowercased
        if lowered.utf8.contains(0xE2) { lowered = lowered.replacingOccurrences(of: "\u{2019}", with: "'") }
        var slots: [Slot] = []
        for item in lowered.split(whereSeparator: { $0 == " " || $0 == "-" }) {
            if item == "<18" { slots.append(.minorAge); continue }
            if item == ".." { slots.append(.gap(3)); continue }
            var exact = Set<String>()
            var prefixes: [String] = []
            for alternative in item.split(separator: "|") {
                if alternative.hasSuffix("*") { prefixes.append(String(alternative.dropLast())) }
                else if alternative.hasSuffix("+") { exact.formUnion(CWPattern.inflections(String(alternative.dropLast()))) }
                else { exact.insert(String(alternative)) }
            }
            slots.append(.word(exact: exact, prefixes: prefixes))
        }
        guard !slots.isEmpty else { return nil }
        self.slots = slots
        self.source = text
        if case .word(let exact, let prefixes) = slots[0] {
            firstExact = exact.sorted().map { CWKeyedWord(text: $0, key: CWWordFilter.wordKey($0)) }
            firstPrefixes = prefixes.map { CWKeyedWord(text: $0, key: CWWordFilter.prefixKey($0) ?? 0) }
            firstKeys = prefixes.contains("") ? nil : firstExact.map(\.key) + firstPrefixes.map(\.key)
        } else {
            firstExact = []
            firstPrefixes = []
            firstKeys = nil
        }
    }

    /// A word and its generated inflections (`stab+`: stab, stabs, stabbed, stabbing): plural or third person, past
    /// and -ing forms, with a doubled final consonant as well for short stems. Extra forms that are not words match nothing.
    static func inflections(_ stem: String) -> Set<String> {
        var out: Set<String> = [stem]
        let vowels = Set("aeiou")
        let chars = Array(stem)
        guard let last = chars.last else { return out }
        if last == "e" {
            out.formUnion([stem + "s", stem + "d", String(chars.dropLast()) + "ing"])
        } else if last == "y", chars.count > 1, !vowels.contains(chars[chars.count - 2]) {
            let base = String(chars.dropLast())
            out.formUnion([base + "ies", base + "ied", stem + "ing"])
        } else {
            let sibilant = stem.hasSuffix("s") || stem.hasSuffix("sh") || stem.hasSuffix("ch") || stem.hasSuffix("x") || stem.hasSuffix("z")
            out.formUnion([stem + (sibilant ? "es" : "s"), stem + "ed", stem + "ing"])
            if chars.count >= 3, !vowels.contains(last), !"wxy".contains(last), vowels.contains(chars[chars.count - 2]),
               !vowels.contains(chars[chars.count - 3]) {
                out.formUnion([stem + String(last) + "ed", stem + String(last) + "ing"])
            }
        }
        return out
    }

    /// Word-index ranges where the pattern matches, in order.
    func matches(in words: CWWords) -> [Range<Int>] {
        if let firstKeys, !firstKeys.contains(where: words.filter.mayContain) { return [] }
        var out: [Range<Int>] = []
        for start in startCandidates(words) {
            if let end = match(0, start, start, words) { out.append(start..<end) }
        }
        return out
    }

    /// Where the pattern can start: the words equal to or beginning with the first word's alternatives, the numerals,
    /// or anywhere for a leading gap.
    private func startCandidates(_ words: CWWords) -> [Int] {
        switch slots[0] {
        case .word:
            return words.positions(exact: firstExact, prefixes: firstPrefixes)
        case .minorAge:
            return words.numerals
        default:
            return Array(words.indices)
        }
    }

    private func match(_ slot: Int, _ index: Int, _ start: Int, _ words: CWWords) -> Int? {
        if slot == slots.count { return index }
        switch slots[slot] {
        case .gap(let most):
            for skip in 0...most where index + skip <= words.count {
                if let end = match(slot + 1, index + skip, start, words) { return end }
            }
            return nil
        case .minorAge:
            guard index < words.count, words[index].sentence == words[start].sentence,
                  let value = words[index].number, value < 18 else { return nil }
            return match(slot + 1, index + 1, start, words)
        case .word(let exact, let prefixes):
            guard index < words.count, words[index].sentence == words[start].sentence else { return nil }
            let text = words[index].text
            guard exact.contains(text) || prefixes.contains(where: { text.hasPrefix($0) }) else { return nil }
            return match(slot + 1, index + 1, start, words)
        }
    }
}
