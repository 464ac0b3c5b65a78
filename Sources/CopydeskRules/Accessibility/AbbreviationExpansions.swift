import CopydeskCore

/// Where an article spells out each abbreviation it uses, in reading order (block index, byte offset).
///
/// Three forms count: "Full Name (ABBR)", "ABBR (Full Name)", and a capitalized name whose initials are
/// the abbreviation ("Korea Future Initiative" … "KFI"): a reader who met the name can follow the letters.
struct AbbreviationExpansions {
    struct Position: Comparable {
        var block: Int
        var offset: Int
        static func < (a: Position, b: Position) -> Bool { (a.block, a.offset) < (b.block, b.offset) }
    }

    private(set) var first: [String: Position] = [:]

    /// Small words a name may contain without giving a letter: "Bank of England" is BoE or BE.
    static let connectors: Set<String> = ["of", "and", "for", "the", "on", "in", "de", "du", "la", "&", "to", "at"]

    init(document: Document, tokens: [[Token]]) {
        for (b, block) in document.blocks.enumerated() {
            // The block's words and bytes are read in place: one block may be a whole article on one line.
            let words = tokens[b].selecting { $0.kind == .word || $0.kind == .alphanumeric }
            var text = block.text
            text.withUTF8 { bytes in
                learnParenthesized(words, bytes, block: b)
                learnNames(words, block: b)
            }
        }
    }

    func position(of abbreviation: String) -> Position? { first[abbreviation] }

    private mutating func note(_ abbreviation: String, _ position: Position) {
        if let existing = first[abbreviation], existing <= position { return }
        first[abbreviation] = position
    }

    /// "Full Name (ABBR)" and "ABBR (Full Name)".
    private mutating func learnParenthesized(_ words: TokenSelection, _ bytes: UnsafeBufferPointer<UInt8>, block: Int) {
        for (i, word) in words.enumerated() where word.isAllCaps || Self.isMixedAbbreviation(word.text) {
            let before = word.range.lowerBound > 0 ? bytes[word.range.lowerBound - 1] : 0
            let after = word.range.upperBound < bytes.count ? bytes[word.range.upperBound] : 0
            let letters = Self.letters(word.text)
            if before == UInt8(ascii: "("), after == UInt8(ascii: ")") {
                let previous = words[max(0, i - letters.count * 2 - 2)..<i].map(\.text)
                if Self.initialsMatch(letters, previous) { note(word.text, Position(block: block, offset: word.range.lowerBound)) }
            } else if Self.opensParenthesis(bytes, word.range.upperBound) {
                let inside = words[(i + 1)...].prefix { token in
                    !bytes[word.range.upperBound..<token.range.lowerBound].contains(UInt8(ascii: ")"))
                }.map(\.text)
                if Self.initialsMatch(letters, Array(inside)) { note(word.text, Position(block: block, offset: word.range.lowerBound)) }
            }
        }
    }

    /// Every run of capitalized words, connectors allowed inside: the initials of each stretch of it.
    private mutating func learnNames(_ words: TokenSelection, block: Int) {
        var i = 0
        while i < words.count {
            guard words[i].isCapitalized, !words[i].isAllCaps else { i += 1; continue }
            var run = [words[i]]
            var j = i + 1
            while j < words.count, words[j].range.lowerBound - run.last!.range.upperBound <= 2 {
                let text = words[j].text
                if words[j].isCapitalized && !words[j].isAllCaps || Self.connectors.contains(text) { run.append(words[j]) } else { break }
                j += 1
            }
            while let last = run.last, Self.connectors.contains(last.text) { run.removeLast() }
            let capitals = run.filter { $0.isCapitalized }
            if capitals.count >= 2 {
                for a in 0..<capitals.count {
                    for b in (a + 1)..<capitals.count {
                        let initials = String(capitals[a...b].compactMap { $0.text.first }).uppercased()
                        note(initials, Position(block: block, offset: capitals[a].range.lowerBound))
                    }
                }
            }
            i = max(j, i + 1)
        }
    }

    static func letters(_ abbreviation: String) -> [Character] {
        var text = abbreviation
        if text.count > 2, text.hasSuffix("s"), text.dropLast().allSatisfy({ $0.isUppercase }) { text.removeLast() }
        return text.filter { $0.isLetter || $0.isNumber }.map { Character($0.uppercased()) }
    }

    /// The letters appear in order among the initials of the words (ending at the last word), first letter first.
    static func initialsMatch(_ letters: [Character], _ words: [String]) -> Bool {
        let initials = words.compactMap { $0.first.map { Character($0.uppercased()) } }
        guard let head = letters.first, initials.count >= 2 else { return false }
        for start in initials.indices where initials[start] == head {
            var k = 0
            for initial in initials[start...] where k < letters.count && initial == letters[k] { k += 1 }
            if k == letters.count { return true }
        }
        return false
    }

    /// "BoE", "MoD": capitals with lower-case connectors inside.
    static func isMixedAbbreviation(_ text: String) -> Bool {
        // Most words start or end with an ASCII lower-case letter: no need to look at their characters.
        func mayBeCapital(_ byte: UInt8?) -> Bool { byte.map { $0 >= 0x80 || $0 &- 0x41 < 26 } ?? false }
        guard mayBeCapital(text.utf8.first), mayBeCapital(text.utf8.last) else { return false }
        return text.count >= 3 && text.first!.isUppercase && text.last!.isUppercase && text.filter(\.isUppercase).count >= 2
    }

    private static func opensParenthesis(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        var k = index
        while k < bytes.count, bytes[k] == UInt8(ascii: " ") { k += 1 }
        return k < bytes.count && bytes[k] == UInt8(ascii: "(")
    }
}
