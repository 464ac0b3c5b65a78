import Foundation
import CopydeskCore

/// A word of a paragraph as the lexicons see it: lower case, curly apostrophes straightened,
/// hyphenated words split into parts, a trailing possessive `'s` dropped.
struct CWWord: Sendable {
    var text: String
    /// UTF-8 range in the block's text.
    var range: Range<Int>
    /// Index of the sentence within the block.
    var sentence: Int
    /// The value of a numeral ("9", "nine").
    var number: Int?
    /// Written with a capital and not the first word of its sentence: likely part of a name ("the charity Beat").
    var isName = false

    private static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17,
    ]

    /// The words of a block's text; `tokens` are the block's tokens when the caller already has them.
    static func words(in text: String, tokens: [Token]? = nil) -> CWWords {
        let bytes = Array(text.utf8)
        var out: [CWWord] = []
        var sentence = 0
        var previousEnd = 0
        var sentenceStart = true
        for token in tokens ?? Tokenizer.tokens(in: text) where token.kind != .code && token.kind != .url && token.kind != .email {
            if bytes[previousEnd..<token.range.lowerBound].contains(where: { $0 == 0x2E || $0 == 0x21 || $0 == 0x3F }) {
                sentence += 1
                sentenceStart = true
            }
            let isName = !sentenceStart && token.isCapitalized && !token.isAllCaps
            sentenceStart = false
            previousEnd = token.range.upperBound
            var start = token.range.lowerBound
            let parts = token.text.utf8.contains(0x2D) ? token.text.split(separator: "-", omittingEmptySubsequences: false) : [Substring(token.text)]
            for part in parts {
                let length = part.utf8.count
                defer { start += length + 1 }
                var word = part.lowercased()
                // Foundation's replace is slow per word; most words have no curly apostrophe.
                if word.utf8.contains(0xE2) { word = word.replacingOccurrences(of: "\u{2019}", with: "'") }
                if word.hasSuffix("'s") { word.removeLast(2) }
                if word.hasSuffix("'") { word.removeLast() }
                guard !word.isEmpty else { continue }
                let number = Int(word) ?? numberWords[word]
                out.append(CWWord(text: word, range: start..<(start + length), sentence: sentence, number: number, isName: isName))
            }
        }
        return CWWords(out)
    }

    /// Each block's words, worked out once per document and shared by the content-warning rules.
    static func words(_ context: RuleContext) -> [CWWords] {
        context.memoized("content_warnings.words") {
            zip(context.document.blocks, context.tokens).map { words(in: $0.text, tokens: $1) }
        }
    }
}

/// A block's words with an index from each word to where it stands, so a pattern is tried only where its
/// first word occurs instead of at every word.
struct CWWords: RandomAccessCollection, Sendable {
    let array: [CWWord]
    /// Positions of each word text.
    let positions: [String: [Int]]
    /// Positions of numerals.
    let numerals: [Int]
    /// The distinct word texts, sorted, for prefix look-ups by binary search.
    let sortedTexts: [String]

    init(_ array: [CWWord]) {
        self.array = array
        var positions: [String: [Int]] = [:]
        var numerals: [Int] = []
        for (i, word) in array.enumerated() {
            positions[word.text, default: []].append(i)
            if word.number != nil { numerals.append(i) }
        }
        self.positions = positions
        self.numerals = numerals
        self.sortedTexts = positions.keys.sorted()
    }

    /// Positions of the words that start with `prefix`.
    func positions(withPrefix prefix: String) -> [Int] {
        var low = 0, high = sortedTexts.count
        while low < high {
            let mid = (low + high) / 2
            if sortedTexts[mid] < prefix { low = mid + 1 } else { high = mid }
        }
        var out: [Int] = []
        while low < sortedTexts.count, sortedTexts[low].hasPrefix(prefix) {
            out += positions[sortedTexts[low]] ?? []
            low += 1
        }
        return out
    }

    var startIndex: Int { 0 }
    var endIndex: Int { array.count }
    subscript(position: Int) -> CWWord { array[position] }
}

/// A lexicon entry compiled for matching. Syntax (see `Dictionaries/content-warnings/README.md`):
/// words separated by spaces; `a|b` alternatives; `stem*` any word starting with `stem`;
/// `<18` a number under 18; `..` up to three words of any kind. A match never crosses a sentence.
struct CWPattern: Sendable, Hashable {
    enum Slot: Sendable, Hashable {
        case word(exact: Set<String>, prefixes: [String])
        case minorAge
        case gap(Int)
    }

    let slots: [Slot]
    let source: String

    init?(_ text: String) {
        let lowered = text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        var slots: [Slot] = []
        for item in lowered.split(whereSeparator: { $0 == " " || $0 == "-" }) {
            if item == "<18" { slots.append(.minorAge); continue }
            if item == ".." { slots.append(.gap(3)); continue }
            var exact = Set<String>()
            var prefixes: [String] = []
            for alternative in item.split(separator: "|") {
                if alternative.hasSuffix("*") { prefixes.append(String(alternative.dropLast())) }
                else { exact.insert(String(alternative)) }
            }
            slots.append(.word(exact: exact, prefixes: prefixes))
        }
        guard !slots.isEmpty else { return nil }
        self.slots = slots
        self.source = text
    }

    /// Word-index ranges where the pattern matches, in order.
    func matches(in words: CWWords) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for start in startCandidates(words) {
            if let end = match(0, start, start, words) { out.append(start..<end) }
        }
        return out
    }

    /// Where the pattern can start: the index answers for exact first words and numerals; prefixes and gaps scan.
    private func startCandidates(_ words: CWWords) -> [Int] {
        switch slots[0] {
        case .word(let exact, let prefixes) where prefixes.isEmpty:
            if exact.count == 1, let only = exact.first { return words.positions[only] ?? [] }
            return exact.flatMap { words.positions[$0] ?? [] }.sorted()
        case .word(let exact, let prefixes):
            // Prefixes are looked up in the block's sorted distinct words.
            var starts = exact.flatMap { words.positions[$0] ?? [] }
            for prefix in prefixes { starts += words.positions(withPrefix: prefix) }
            return Array(Set(starts)).sorted()
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
