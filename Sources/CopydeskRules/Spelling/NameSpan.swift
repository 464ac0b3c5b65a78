import CopydeskCore

/// The words that introduce a name: titles (`Dictionaries/spelling/titles.txt` and `spelling.titles` in the
/// configuration) and place words (`Dictionaries/spelling/place-words.txt`). Matched without case and without a
/// final full stop.
struct NameWords: Sendable {
    let titles: Set<String>
    let placeWords: Set<String>

    init(titles: [String], placeWords: [String]) {
        self.titles = Set(titles.map(NameWords.key))
        self.placeWords = Set(placeWords.map(NameWords.key))
    }

    /// Built once per run (per set of configured titles) and shared by every worker.
    static func shared(_ context: RuleContext) -> NameWords {
        let extra = context.configuration.spelling.titles
        return context.resources.cached("spelling.name-words:" + extra.joined(separator: "\n")) {
            NameWords(titles: context.resources.dataLines("spelling/titles.txt") + extra,
                      placeWords: context.resources.dataLines("spelling/place-words.txt"))
        }
    }

    func isTitle(_ word: String) -> Bool { titles.contains(NameWords.key(word)) }

    func isPlaceWord(_ word: String) -> Bool { placeWords.contains(NameWords.key(word)) }

    static func key(_ word: String) -> String {
        var w = Substring(word)
        while w.hasSuffix(".") { w = w.dropLast() }
        return w.lowercased()
    }
}

/// The whole name an unknown capitalised word belongs to: the run of capitalised words around it, joined by
/// spaces only, without the title before it ("Sen. Ekwueme" is the name "Ekwueme") and without common words
/// that only start a sentence ("In Dandong" is the name "Dandong"). "Kim Jong Un" and "Yoon Hee-soon" are one
/// name each.
struct NameSpan: Equatable {
    /// Byte range in the block's text, a final possessive ('s) left out.
    var range: Range<Int>
    /// The name as written ("Kim Jong Un").
    var text: String
    /// Its words as the dictionary looks them up.
    var parts: [String]
    /// Why the word is taken as a name: a title before it, or other capitalised words beside it; nil when the
    /// word stands alone.
    var evidence: String?

    var isFullName: Bool { parts.count > 1 }

    /// `isNamePart` says whether a capitalised neighbour belongs in the name (unknown, or a proper noun).
    static func around(_ index: Int, in tokens: [Token], text blockText: String, names: NameWords, isNamePart: (String) -> Bool) -> NameSpan {
        func joined(_ a: Int, _ b: Int) -> Bool {
            blockText.utf8AllSatisfy(in: tokens[a].range.upperBound..<tokens[b].range.lowerBound) { $0 == 0x20 }
        }
        func capitalisedWord(_ i: Int) -> Bool {
            tokens.indices.contains(i) && tokens[i].kind == .word && tokens[i].isCapitalized && !tokens[i].isAllCaps
        }
        func introduces(_ i: Int) -> Bool { names.isTitle(tokens[i].text) || names.isPlaceWord(tokens[i].text) }
        func possessive(_ i: Int) -> Bool { tokens[i].text.hasSuffix("'s") || tokens[i].text.hasSuffix("\u{2019}s") }

        var lo = index, hi = index
        while capitalisedWord(lo - 1), joined(lo - 1, lo), !introduces(lo - 1), !possessive(lo - 1), isNamePart(tokens[lo - 1].text) {
            lo -= 1
        }
        while !possessive(hi), capitalisedWord(hi + 1), joined(hi, hi + 1), !introduces(hi + 1), isNamePart(tokens[hi + 1].text) {
            hi += 1
        }
        var end = tokens[hi].range.upperBound
        if possessive(hi) { end -= tokens[hi].text.hasSuffix("'s") ? 2 : 4 }
        let range = tokens[lo].range.lowerBound..<end
        let text = blockText.utf8Text(in: range)
        let parts = (lo...hi).map { SpellingAnalysis.baseName(SpellingAnalysis.lookupForm(tokens[$0].text)) }
        var span = NameSpan(range: range, text: text, parts: parts, evidence: nil)
        span.evidence = evidence(index, lo: lo, tokens: tokens, names: names, span: span, joined: joined, capitalisedWord: capitalisedWord)
        return span
    }

    private static func evidence(
        _ index: Int, lo: Int, tokens: [Token], names: NameWords, span: NameSpan,
        joined: (Int, Int) -> Bool, capitalisedWord: (Int) -> Bool
    ) -> String? {
        if lo > 0, tokens[lo - 1].kind == .word {
            let before = tokens[lo - 1].text
            if names.isTitle(before) { return "follows the title '\(before)'" }
            if names.isPlaceWord(before) { return "follows '\(before)'" }
        }
        // Evidence comes from the name itself: a capitalised common word beside it ("The", "On", "Last", a Title
        // Case headline's "Announces") is no part of it and says nothing.
        if span.isFullName { return "a full name" }
        return nil
    }
}
