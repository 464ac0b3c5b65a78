import CopydeskCore
import Foundation

/// One spelling pass over a document, shared by the spelling rules through `RuleContext.memoized`.
struct SpellingAnalysis {
    /// A word the dictionary does not know.
    struct Unknown {
        var block: Int
        var token: Token
        /// The word as looked up (NFC, straight apostrophe, trailing possessive apostrophe removed).
        var word: String
        /// Capitalised, not at the start of a sentence, or in a run of capitalised words.
        var looksLikeName: Bool
        /// Why it is taken as a name, for the message.
        var nameEvidence: String?
    }

    var unknowns: [Unknown] = []

    static let titles: Set<String> = [
        "mr", "mrs", "ms", "mx", "dr", "prof", "sen", "rep", "gov", "gen", "col", "capt", "lt", "sgt", "maj", "adm",
        "president", "senator", "governor", "judge", "justice", "minister", "mayor", "sir", "dame", "lord", "lady",
        "rev", "father", "sister", "king", "queen", "prince", "princess", "chancellor", "councillor", "councilor",
        "chief", "inspector", "detective", "officer", "professor", "doctor", "st", "saint", "mount", "lake", "river",
    ]

    static func compute(_ context: RuleContext) -> SpellingAnalysis {
        var analysis = SpellingAnalysis()
        guard let checker = context.spellChecker else { return analysis }
        let document = context.document
        let settings = context.configuration.spelling
        var accepted = Set(settings.words)
        if let words = document.frontMatter?.values["copydesk"]?["words"] {
            accepted.formUnion(words.strings)
        }
        let allTokens = context.tokens
        for (b, block) in document.blocks.enumerated() {
            let tokens = allTokens[b]
            let bytes = Array(block.text.utf8)
            let shouting = SpellingAnalysis.isAllCapsBlock(tokens)
            for (t, token) in tokens.enumerated() where token.kind == .word {
                if token.text.utf8.contains(0x2E) { continue }  // abbreviations: U.S., e.g.
                if token.isAllCaps && !shouting && token.text.count <= settings.acronymMaxLength { continue }
                let word = SpellingAnalysis.lookupForm(token.text)
                if accepted.contains(word) { continue }
                if SpellingAnalysis.isKnown(word, checker: checker, caseInsensitive: shouting) { continue }
                let previous = t > 0 ? tokens[t - 1] : nil
                let next = t + 1 < tokens.count ? tokens[t + 1] : nil
                let evidence = SpellingAnalysis.nameEvidence(token, previous: previous, next: next, bytes: bytes, shouting: shouting)
                analysis.unknowns.append(Unknown(
                    block: b, token: token, word: word,
                    looksLikeName: token.isCapitalized && !token.isAllCaps && !shouting,
                    nameEvidence: token.isAllCaps ? nil : evidence))
            }
        }
        analysis.addRepetitionEvidence()
        return analysis
    }

    /// NFC, `’` read as `'`, a trailing possessive apostrophe removed.
    static func lookupForm(_ text: String) -> String {
        // Plain ASCII words, the vast majority, need no normalisation.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.hasSuffix("'") ? String(text.dropLast()) : text
        }
        var word = text.precomposedStringWithCanonicalMapping.replacingOccurrences(of: "\u{2019}", with: "'")
        if word.hasSuffix("'") { word.removeLast() }
        return word
    }

    /// Known as written, by its hyphenated parts, or (for shouted headlines) in lower or title case.
    static func isKnown(_ word: String, checker: any SpellChecking, caseInsensitive: Bool) -> Bool {
        if checker.isCorrect(word) { return true }
        if word.hasSuffix("'s"), checker.isCorrect(String(word.dropLast(2))) { return true }
        if caseInsensitive {
            let lower = word.lowercased()
            if checker.isCorrect(lower) || checker.isCorrect(lower.prefix(1).uppercased() + lower.dropFirst()) { return true }
        }
        let parts = word.split(whereSeparator: { $0 == "-" || $0 == "\u{2010}" })
        if parts.count > 1 {
            return parts.allSatisfy { part in
                let p = String(part)
                return p.allSatisfy(\.isNumber) || isKnown(p, checker: checker, caseInsensitive: caseInsensitive)
            }
        }
        return false
    }

    /// A block set entirely in capitals (a shouted headline or kicker) with at least two words.
    static func isAllCapsBlock(_ tokens: [Token]) -> Bool {
        let words = tokens.filter { $0.kind == .word }
        guard words.count >= 2 else { return false }
        return words.allSatisfy { $0.isAllCaps || $0.text.count == 1 && $0.text.uppercased() == $0.text }
    }

    private static func nameEvidence(_ token: Token, previous: Token?, next: Token?, bytes: [UInt8], shouting: Bool) -> String? {
        guard token.isCapitalized, !shouting else { return nil }
        if let previous, previous.kind == .word {
            let bare = previous.text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
            if titles.contains(bare) { return "follows the title '\(previous.text)'" }
        }
        // Only spaces between the two words: no comma or full stop.
        func joined(_ a: Token, _ b: Token) -> Bool {
            bytes[a.range.upperBound..<b.range.lowerBound].allSatisfy { $0 == 0x20 }
        }
        if let previous, previous.kind == .word, previous.isCapitalized, joined(previous, token) {
            return "part of the name '\(previous.text) \(token.text)'"
        }
        if let next, next.kind == .word, next.isCapitalized, joined(token, next) {
            return "part of the name '\(token.text) \(next.text)'"
        }
        return nil
    }

    /// A capitalised unknown word seen twice, or whose full-name mention came earlier, is a name.
    private mutating func addRepetitionEvidence() {
        var counts: [String: Int] = [:]
        for u in unknowns where u.looksLikeName { counts[SpellingAnalysis.baseName(u.word), default: 0] += 1 }
        var withEvidence = Set(unknowns.filter { $0.nameEvidence != nil }.map { SpellingAnalysis.baseName($0.word) })
        for i in unknowns.indices where unknowns[i].looksLikeName && unknowns[i].nameEvidence == nil {
            let base = SpellingAnalysis.baseName(unknowns[i].word)
            if withEvidence.contains(base) {
                unknowns[i].nameEvidence = "named in full earlier"
            } else if counts[base, default: 0] > 1 {
                unknowns[i].nameEvidence = "used \(counts[base]!) times"
                withEvidence.insert(base)
            }
        }
    }

    /// `Kim's` → `Kim`.
    static func baseName(_ word: String) -> String {
        word.hasSuffix("'s") ? String(word.dropLast(2)) : word
    }
}
