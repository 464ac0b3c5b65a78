import CopydeskCore
import Foundation

/// One spelling pass over a document, shared by the spelling rules through `RuleContext.analysis`.
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
        /// The whole name the word is part of ("Kim Jong Un" for "Jong"), for a capitalised word.
        var name: NameSpan?
        /// The only evidence is that the word comes back ("used 3 times"): not enough for a near miss of a
        /// common word, which a writer can mistype twice.
        var repeatedOnly = false
    }

    var unknowns: [Unknown] = []

    static func compute(_ context: RuleContext) -> SpellingAnalysis {
        var analysis = SpellingAnalysis()
        guard let checker = context.spellChecker else { return analysis }
        let document = context.document
        let settings = context.configuration.spelling
        let names = NameWords.shared(context)
        var accepted = Set(settings.words)
        if let words = document.frontMatter?.values["copydesk"]?["words"] {
            accepted.formUnion(words.strings)
        }
        /// A capitalised word that belongs in a name beside an unknown one: unknown itself, or a proper noun the
        /// dictionary knows only capitalised ("Kim", "Michael"), not a common word at a sentence start ("In").
        func isNamePart(_ text: String) -> Bool {
            let form = SpellingAnalysis.lookupForm(text)
            if accepted.contains(form) { return true }
            return !checker.isCorrect(SpellingAnalysis.baseName(form).lowercased())
        }
        let allTokens = context.tokens
        let domains = Set(document.links.map { $0.text.trimmingCharacters(in: .whitespaces) }.filter(SpellingAnalysis.isBareDomain))
        for (b, block) in document.blocks.enumerated() {
            let tokens = allTokens[b]
            let shouting = SpellingAnalysis.isAllCapsBlock(tokens)
            // A Title Case headline is checked word by word, as a shouted one: its capitals make no names.
            let titleCase = !shouting && SpellingAnalysis.isTitleCaseBlock(tokens)
            let skipped = domains.isEmpty ? [] : SpellingAnalysis.ranges(of: domains, in: block.text)
            for (t, token) in tokens.enumerated() where token.kind == .word {
                if !skipped.isEmpty, skipped.contains(where: { $0.contains(token.range.lowerBound) }) { continue }
                if token.text.utf8.contains(0x2E) { continue }  // abbreviations: U.S., e.g.
                if token.isAllCaps && !shouting && token.text.count <= settings.acronymMaxLength { continue }
                if token.isCapitalized && !shouting && names.isTitle(token.text) { continue }  // Cllr, Councilmember
                let word = SpellingAnalysis.lookupForm(token.text)
                if accepted.contains(word) { continue }
                if SpellingAnalysis.isKnown(word, checker: checker, caseInsensitive: shouting) { continue }
                let looksLikeName = token.isCapitalized && !token.isAllCaps && !shouting
                var unknown = Unknown(block: b, token: token, word: word, looksLikeName: looksLikeName)
                if looksLikeName {
                    let span = NameSpan.around(t, in: tokens, text: block.text, names: names, isNamePart: titleCase ? { _ in false } : isNamePart)
                    unknown.name = span
                    unknown.nameEvidence = span.evidence
                }
                analysis.unknowns.append(unknown)
            }
        }
        analysis.addRepetitionEvidence()
        return analysis
    }

    /// Link text that is a bare domain (`harbour-trust.example`, `council.gov.uk`), whatever its top-level domain:
    /// two or more dot-separated labels of letters, digits and inner hyphens, the last all letters.
    static func isBareDomain(_ text: String) -> Bool {
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let last = labels.last, last.count >= 2, last.allSatisfy(\.isLetter) else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && label.first != "-" && label.last != "-" && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
        }
    }

    /// Byte ranges of every occurrence of the strings in a block's text.
    static func ranges(of needles: Set<String>, in text: String) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for needle in needles {
            var search = text.startIndex..<text.endIndex
            while let r = text.range(of: needle, range: search) {
                found.append(text.utf8.distance(from: text.startIndex, to: r.lowerBound)..<text.utf8.distance(from: text.startIndex, to: r.upperBound))
                search = r.upperBound..<text.endIndex
            }
        }
        return found
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
    /// Reads the tokens in place: a one-paragraph article is one block, and a filtered copy would be its size again.
    static func isAllCapsBlock(_ tokens: [Token]) -> Bool {
        var words = 0
        for token in tokens where token.kind == .word {
            guard token.isAllCaps || token.text.count == 1 && token.text.uppercased() == token.text else { return false }
            words += 1
        }
        return words >= 2
    }

    /// A Title Case line: three or more words, and every word of four or more letters capitalised.
    static func isTitleCaseBlock(_ tokens: [Token]) -> Bool {
        var words = 0, long = 0
        for token in tokens where token.kind == .word {
            words += 1
            guard token.text.count >= 4 else { continue }
            guard token.isCapitalized else { return false }
            long += 1
        }
        return words >= 3 && long >= 3
    }

    /// A capitalised unknown word seen twice is a name; "named in full earlier" only when an earlier use of it was
    /// part of a full name or followed a title.
    private mutating func addRepetitionEvidence() {
        var counts: [String: Int] = [:]
        for u in unknowns where u.looksLikeName { counts[SpellingAnalysis.baseName(u.word), default: 0] += 1 }
        var namedInFull = Set<String>()
        for i in unknowns.indices where unknowns[i].looksLikeName {
            let base = SpellingAnalysis.baseName(unknowns[i].word)
            if unknowns[i].nameEvidence != nil {
                namedInFull.insert(base)
            } else if namedInFull.contains(base) {
                unknowns[i].nameEvidence = "named in full earlier"
            } else if counts[base, default: 0] > 1 {
                unknowns[i].nameEvidence = "used \(counts[base]!) times"
                unknowns[i].repeatedOnly = true
            }
        }
    }

    /// `Kim's` → `Kim`.
    static func baseName(_ word: String) -> String {
        word.hasSuffix("'s") ? String(word.dropLast(2)) : word
    }
}
