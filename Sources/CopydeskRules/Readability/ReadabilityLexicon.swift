import CopydeskCore
import Foundation

/// The data readability needs, loaded once per run from `Dictionaries/readability/` and shared by every worker.
final class ReadabilityLexicon: Sendable {
    let syllables: Syllables
    let segmenter: SentenceSegmenter
    let familiar: Set<String>
    let participles: Set<String>
    let adjectivalParticiples: Set<String>
    let adverbExceptions: Set<String>
    /// Adverbs that carry information (`informative-adverbs.txt`): word → the next words that make it so; an
    /// empty set means always. `#` stands for a number.
    let informativeAdverbs: [String: Set<String>]
    /// Verbs of attribution (`speech-verbs.txt`): "..., the researcher said" counts with the quote.
    let speechVerbs: Set<String>
    /// First word of a phrase → the swaps that start with it, longest phrase first.
    let plainLanguage: [String: [PlainSwap]]
    /// Rules out most words as the first word of a swap before they are looked up.
    let plainLanguageFirstWords: WordShapeFilter

    struct PlainSwap: Sendable {
        var words: [String]
        var alternatives: [String]
        /// The swaps that keep the sentence grammatical after a form of "have" (`phrase @have => ...`: "has
        /// commenced" → "has started | has begun", never "has began"); nil: `alternatives`; empty: advice only.
        var afterHave: [String]? = nil
        /// The same after a form of "be" (`phrase @be => ...`: "was accompanied by" has no swap that fits).
        var afterBe: [String]? = nil
        /// The same after a determiner, where the word is a noun or an adjective (`phrase @noun => ...`: "an
        /// attempt" is not "an try", "the attempted murder" not "the tried murder").
        var afterDeterminer: [String]? = nil

        /// The swaps that fit after `auxiliary` (nil: none before the phrase).
        func alternatives(after auxiliary: Auxiliary?) -> [String] {
            switch auxiliary {
            case nil: return alternatives
            case .have: return afterHave ?? alternatives
            case .be: return afterBe ?? alternatives
            case .determiner: return afterDeterminer ?? alternatives
            case .haveOrBe:
                // "'s" is "has", "is" or a possessive ("the producer's attempt"): only a swap that fits after all three.
                let be = afterBe ?? alternatives, noun = afterDeterminer ?? alternatives
                return (afterHave ?? alternatives).filter { be.contains($0) && noun.contains($0) }
            }
        }
    }

    /// The auxiliary verb before a phrase, which decides the verb form a swap must have.
    enum Auxiliary: Sendable, Equatable {
        case have, be, haveOrBe, determiner

        private static let haveForms: Set<String> = ["have", "has", "had", "having", "hasn't", "haven't", "hadn't"]
        private static let beForms: Set<String> = ["be", "is", "are", "am", "was", "were", "been", "being", "isn't", "aren't", "wasn't", "weren't"]
        /// Words before a noun ("that" is left out: it is as often a conjunction or a pronoun before a verb).
        private static let determiners: Set<String> = ["a", "an", "the", "this", "these", "those", "his", "her", "its", "their",
                                                       "our", "my", "your", "every", "each", "any", "no", "another", "whose"]
        /// Words that may stand between the auxiliary and the verb ("has not yet commenced", "was formally accompanied").
        private static let between: Set<String> = ["not", "never", "already", "also", "just", "yet", "still", "now", "since",
                                                   "once", "ever", "all", "both", "each", "long", "first", "only", "even"]

        /// The auxiliary before word `index` and where it is, looking past up to three adverbs; nil when there is none.
        /// Without one, a phrase followed by "by" ("figures obtained by the group") is a passive participle: `.be`.
        static func around(_ words: [ReadabilityWord], _ index: Int, end: Int) -> (auxiliary: Auxiliary, word: String)? {
            if let found = before(words, index) { return (found.auxiliary, words[found.at].token.text) }
            if end + 1 < words.count, words[end + 1].lower == "by" { return (.be, words[end + 1].token.text) }
            return nil
        }

        /// The auxiliary before word `index` and where it is, looking past up to three adverbs; nil when there is none.
        static func before(_ words: [ReadabilityWord], _ index: Int) -> (auxiliary: Auxiliary, at: Int)? {
            var j = index - 1
            var skipped = 0
            while j >= 0 {
                let word = words[j].lower.replacingOccurrences(of: "\u{2019}", with: "'")
                if haveForms.contains(word) || word.hasSuffix("'ve") || word.hasSuffix("'d") { return (.have, j) }
                if beForms.contains(word) || word.hasSuffix("'re") || word.hasSuffix("'m") { return (.be, j) }
                if word.hasSuffix("'s") { return (.haveOrBe, j) }
                if determiners.contains(word) { return (.determiner, j) }
                let adverb = between.contains(word) || (word.count > 3 && word.hasSuffix("ly"))
                guard adverb, skipped < 3 else { return nil }
                skipped += 1
                j -= 1
            }
            return nil
        }
    }

    init(resources: Resources, extraPlainLanguage: [String] = []) {
        syllables = Syllables(exceptionLines: resources.dataLines("readability/syllables.txt"))
        segmenter = SentenceSegmenter(lines: resources.dataLines("readability/abbreviations.txt"))
        familiar = Set(resources.dataLines("readability/familiar-words.txt").map { $0.lowercased() })
        participles = Set(resources.dataLines("readability/irregular-participles.txt").map { $0.lowercased() })
        adjectivalParticiples = Set(resources.dataLines("readability/adjectival-participles.txt").map { $0.lowercased() })
        adverbExceptions = Set(resources.dataLines("readability/adverb-exceptions.txt").map { $0.lowercased() })
        informativeAdverbs = Self.informative(resources.dataLines("readability/informative-adverbs.txt"))
        speechVerbs = Set(resources.dataLines("readability/speech-verbs.txt").map { $0.lowercased() })
        plainLanguage = Self.swaps(resources.dataLines("readability/plain-language.txt") + extraPlainLanguage)
        plainLanguageFirstWords = WordShapeFilter(plainLanguage.keys)
    }

    /// Parses `word` and `word NEXT` lines.
    static func informative(_ lines: [String]) -> [String: Set<String>] {
        var out: [String: Set<String>] = [:]
        var always = Set<String>()
        for line in lines {
            let parts = line.lowercased().split(separator: " ").map(String.init)
            guard let word = parts.first else { continue }
            if parts.count == 1 { always.insert(word) } else { out[word, default: []].insert(parts[1]) }
        }
        for word in always { out[word] = [] }
        return out
    }

    /// Spelled numbers and quantities that "#" in `informative-adverbs.txt` stands for, besides numerals.
    static let numberWords: Set<String> = [
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand",
        "thousands", "million", "millions", "billion", "billions", "dozen", "dozens", "half", "third", "quarter",
        "twice", "double", "triple", "every", "all", "each",
    ]

    /// Whether the adverb at `index` carries information (by itself, or with the word after it).
    func isInformative(_ words: [ReadabilityWord], _ index: Int) -> Bool {
        guard let next = informativeAdverbs[words[index].lower] else { return false }
        if next.isEmpty { return true }
        guard index + 1 < words.count else { return false }
        let following = words[index + 1]
        if next.contains(following.lower) { return true }
        return next.contains("#") && (following.token.kind == .number || Self.numberWords.contains(following.lower))
    }

    /// Parses `phrase => plain | plainer` lines, and `phrase @have => ...` / `phrase @be => ...` / `phrase @noun =>
    /// ...` for the forms that fit after "have", "be" or a determiner (`-` for none: the finding is advice without a fix); a later line for the
    /// same phrase wins (with the forms for "have" and "be" given after it). An `@` line for a phrase with no plain
    /// line is ignored.
    static func swaps(_ lines: [String]) -> [String: [PlainSwap]] {
        var byPhrase: [String: PlainSwap] = [:]
        var contextual: [String: [String: [String]]] = ["@have": [:], "@be": [:], "@noun": [:]]
        for line in lines where !line.hasPrefix("#") {
            let parts = line.components(separatedBy: "=>")
            guard parts.count == 2 else { continue }
            var words = parts[0].lowercased().split(separator: " ").map(String.init)
            let alternatives = parts[1].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && $0 != "-" }
            if let last = words.last, contextual[last] != nil {
                words.removeLast()
                if !words.isEmpty { contextual[last]?[words.joined(separator: " ")] = alternatives }
                continue
            }
            guard !words.isEmpty, !alternatives.isEmpty else { continue }
            let phrase = words.joined(separator: " ")
            byPhrase[phrase] = PlainSwap(words: words, alternatives: alternatives)
            // A later plain line replaces the phrase's swaps, the forms for "have" and "be" with them.
            for key in contextual.keys { contextual[key]?[phrase] = nil }
        }
        for (phrase, alternatives) in contextual["@have"] ?? [:] { byPhrase[phrase]?.afterHave = alternatives }
        for (phrase, alternatives) in contextual["@be"] ?? [:] { byPhrase[phrase]?.afterBe = alternatives }
        for (phrase, alternatives) in contextual["@noun"] ?? [:] { byPhrase[phrase]?.afterDeterminer = alternatives }
        var index: [String: [PlainSwap]] = [:]
        for swap in byPhrase.values { index[swap.words[0], default: []].append(swap) }
        for key in index.keys {
            index[key]!.sort { $0.words.count != $1.words.count ? $0.words.count > $1.words.count : $0.words.lexicographicallyPrecedes($1.words) }
        }
        return index
    }

    /// The shared lexicon for a run and configuration (extra plain-language lists are read relative to the config file).
    static func shared(_ context: RuleContext) -> ReadabilityLexicon {
        let config = context.configuration
        let extras = config.readability.plainLanguageLists.map { UserList.resolve($0, in: config) }
        return context.resources.cached("readability.lexicon:" + extras.joined(separator: "\n")) {
            let lines = extras.flatMap(UserList.lines)
            return ReadabilityLexicon(resources: context.resources, extraPlainLanguage: lines)
        }
    }

    /// Dale–Chall familiarity: listed, a regular inflection of a listed word, or a contraction.
    func isFamiliar(_ lower: String) -> Bool {
        if familiar.contains(lower) { return true }
        if lower.utf8.contains(0x27) || lower.utf8.contains(0xE2) && lower.unicodeScalars.contains("\u{2019}") { return true }
        if lower.utf8.contains(0x2D) { return lower.split(separator: "-").allSatisfy { isFamiliar(String($0)) } }
        return isFamiliarInflection(Array(lower.utf8))
    }

    /// A regular inflection of a listed word: the suffix swapped for its replacements, or a doubled final consonant
    /// dropped. Works on bytes; the list is ASCII, so a word with other letters in its stem is never found either way.
    private func isFamiliarInflection(_ word: [UInt8]) -> Bool {
        for (suffix, replacements) in Self.asciiInflections where word.count > suffix.count + 1 && word.suffix(suffix.count).elementsEqual(suffix) {
            let stem = word.dropLast(suffix.count)
            let stemText = String(decoding: stem, as: UTF8.self)
            for extra in replacements where familiar.contains(stemText + extra) { return true }
            if stem.count > 2, stem.last == stem.dropLast().last, familiar.contains(String(decoding: stem.dropLast(), as: UTF8.self)) {
                return true
            }
        }
        return false
    }

    private static let asciiInflections = inflections.map { (Array($0.0.utf8), $0.1) }

    /// Suffix → what may replace it to give the listed word.
    private static let inflections: [(String, [String])] = [
        ("ies", ["y"]), ("ied", ["y"]), ("ily", ["y"]), ("ier", ["y"]), ("iest", ["y"]),
        ("es", ["", "e"]), ("s", [""]), ("ed", ["", "e"]), ("ing", ["", "e"]), ("er", ["", "e"]), ("est", ["", "e"]),
        ("ly", [""]),
    ]
}
