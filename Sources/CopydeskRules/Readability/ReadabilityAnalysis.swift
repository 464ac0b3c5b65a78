import CopydeskCore

/// One counted word of a sentence, made on demand by `ReadabilityAnalysis.words(of:)`.
struct ReadabilityWord {
    var token: Token
    var lower: String
    var quoted: Bool
    /// First word of its sentence.
    var first: Bool
}

/// One sentence (or heading line, caption, list item) with its counts. It keeps where its words are, not the
/// words: a very large article has millions, and only a few style rules look at them, one sentence at a time.
struct ReadabilitySentence {
    var block: Int
    /// UTF-8 range in the block's text.
    var range: Range<Int>
    /// Indices in the block's tokens from the sentence's first token to past its last.
    var tokens: Range<Int>
    /// Quoted-speech spans of the block that overlap the sentence.
    var quotes: [Range<Int>]
    var counts: ReadabilityCounts
    /// Most of its words are inside quoted speech or a block quote.
    var quoted: Bool
    /// No final `.`, `?`, `!` or ellipsis: a headline line, a byline, a caption, a label.
    var fragment: Bool

    var grade: Double {
        ReadabilityFormulas.fleschKincaid(words: Double(counts.words), sentences: 1, syllables: Double(counts.syllables))
    }
}

/// The per-document readability work shared by every readability rule (`RuleContext.analysis`).
final class ReadabilityAnalysis {
    /// Blocks whose prose is counted: headings, paragraphs, list items, table cells, captions.
    static let countedKinds: Set<BlockKind> = [.heading, .paragraph, .listItem, .tableCell, .caption]

    let lexicon: ReadabilityLexicon
    /// The document's tokens, by block (shared with the rule context, not copied).
    private let tokens: [[Token]]
    /// Sentences of every counted block, in reading order.
    private(set) var sentences: [ReadabilitySentence] = []
    /// Sentences of block `i`: `sentencesByBlock[i]` indexes into `sentences`.
    private(set) var sentencesByBlock: [Int: Range<Int>] = [:]
    private(set) var report: ReadabilityReport

    static func shared(_ context: RuleContext) -> ReadabilityAnalysis {
        context.analysis(ReadabilityAnalysis.self) { ReadabilityAnalysis(context) }
    }

    init(_ context: RuleContext) {
        let lexicon = ReadabilityLexicon.shared(context)
        self.lexicon = lexicon
        // The cache belongs to one lexicon (a configuration with extra lists has its own).
        let cache = context.workerCache.object("readability.words") { WordInfoCache(lexicon) }
        wordInfos = cache.lexicon === lexicon ? cache : WordInfoCache(lexicon)
        report = ReadabilityReport(counts: ReadabilityCounts(), scores: ReadabilityScores(), readingTimeSeconds: 0,
                                   sections: [], paragraphs: [])
        let document = context.document
        tokens = context.tokens
        for (index, block) in document.blocks.enumerated() where Self.countedKinds.contains(block.kind) {
            let quotes = block.inBlockQuote ? [0..<block.text.utf8.count] : QuoteSpans.find(in: block.text)
            let first = sentences.count
            for range in lexicon.segmenter.sentences(in: block.text) {
                sentences.append(sentence(block: index, text: block.text.utf8, range: range, tokens: tokens[index], quotes: quotes))
            }
            sentencesByBlock[index] = first..<sentences.count
        }
        report = buildReport(context)
        keepsWords = document.source.count <= Self.keptWordsLimit
    }

    /// Whether a unit lacks final punctuation (closing quotes and brackets aside).
    static func isFragment(_ text: String.UTF8View, _ range: Range<Int>) -> Bool {
        let lower = text.index(text.startIndex, offsetBy: range.lowerBound)
        let upper = text.index(text.startIndex, offsetBy: range.upperBound)
        let unit = String(decoding: text[lower..<upper], as: UTF8.self)
        for scalar in unit.unicodeScalars.reversed() {
            switch scalar {
            case ".", "?", "!", "\u{2026}", "\u{203D}": return false
            case "\"", "'", ")", "]", "*", "_", "\u{201D}", "\u{2019}", "\u{00BB}", "\u{203A}": continue
            default: return true
            }
        }
        return true
    }

    private func sentence(block: Int, text: String.UTF8View, range: Range<Int>, tokens: [Token], quotes: [Range<Int>]) -> ReadabilitySentence {
        var counts = ReadabilityCounts()
        counts.sentences = 1
        var wordCount = 0
        var quotedWords = 0
        // Tokens are in text order: start at the first one in the sentence instead of scanning the block.
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].range.lowerBound < range.lowerBound { low = mid + 1 } else { high = mid }
        }
        let quotes = quotes.filter { $0.overlaps(range) }
        var words: [(token: Token, quoted: Bool)] = []
        var end = low
        for token in tokens[low...] {
            if token.range.lowerBound >= range.upperBound { break }
            end += 1
            guard Self.isCounted(token, in: range) else { continue }
            let info = wordInfo(token.text)
            let syllables = token.kind == .number ? 1 : info.syllables
            let quoted = quotes.contains { $0.contains(token.range.lowerBound) }
            if quoted { quotedWords += 1 }
            if !quotes.isEmpty { words.append((token, quoted)) }
            counts.words += 1
            counts.syllables += syllables
            counts.characters += info.characters
            if syllables >= 3 {
                counts.complexWords += 1
                if isFogComplex(token, first: wordCount == 0) { counts.fogComplexWords += 1 }
            }
            if info.letters > 6 { counts.longWords += 1 }
            if token.kind == .word, !isFamiliar(token, info, first: wordCount == 0) { counts.difficultWords += 1 }
            wordCount += 1
        }
        let attribution = quotedWords > 0 ? attributionWords(words, text) : 0
        return ReadabilitySentence(block: block, range: range, tokens: low..<end, quotes: quotes, counts: counts,
                                   quoted: wordCount > 0 && (quotedWords + attribution) * 2 > wordCount,
                                   fragment: Self.isFragment(text, range))
    }

    /// Words of short attribution clauses beside a quote ("Baker said" in '"...," Baker said, referring to ...'):
    /// unquoted runs of at most five words, cut at punctuation, next to quoted words, with a verb of attribution.
    private func attributionWords(_ words: [(token: Token, quoted: Bool)], _ text: String.UTF8View) -> Int {
        var runs: [(range: Range<Int>, quoted: Bool)] = []
        for (i, word) in words.enumerated() {
            let cut = i == 0 || word.quoted != words[i - 1].quoted || !Self.onlySpaces(text, words[i - 1].token.range.upperBound..<word.token.range.lowerBound)
            if cut { runs.append((i..<(i + 1), word.quoted)) } else { runs[runs.count - 1].range = runs[runs.count - 1].range.lowerBound..<(i + 1) }
        }
        var count = 0
        for (r, run) in runs.enumerated() where !run.quoted && run.range.count <= 5 {
            let besideQuote = (r > 0 && runs[r - 1].quoted) || (r + 1 < runs.count && runs[r + 1].quoted)
            guard besideQuote, run.range.contains(where: { lexicon.speechVerbs.contains(words[$0].token.text.lowercased()) }) else { continue }
            count += run.range.count
        }
        return count
    }

    private static func onlySpaces(_ text: String.UTF8View, _ range: Range<Int>) -> Bool {
        guard range.lowerBound < range.upperBound else { return true }
        let start = text.index(text.startIndex, offsetBy: range.lowerBound)
        let stop = text.index(start, offsetBy: range.count)
        return text[start..<stop].allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }
    }

    /// Words, numbers and alphanumerics that end inside the sentence.
    private static func isCounted(_ token: Token, in range: Range<Int>) -> Bool {
        token.range.upperBound <= range.upperBound && (token.kind == .word || token.kind == .number || token.kind == .alphanumeric)
    }

    /// Words already made for the style rules, by sentence; only for articles up to `keptWordsLimit` bytes, where
    /// three rules asking for the same words cost more than holding them.
    private var keptWords: [Int: [ReadabilityWord]] = [:]
    private var keepsWords = false
    private static let keptWordsLimit = 1 << 20

    /// The counted words of a sentence, in order.
    func words(of sentence: ReadabilitySentence) -> [ReadabilityWord] {
        let key = sentence.block << 32 | sentence.range.lowerBound
        if keepsWords, let kept = keptWords[key] { return kept }
        let words = makeWords(sentence)
        if keepsWords { keptWords[key] = words }
        return words
    }

    private func makeWords(_ sentence: ReadabilitySentence) -> [ReadabilityWord] {
        var words: [ReadabilityWord] = []
        for token in tokens[sentence.block][sentence.tokens] where Self.isCounted(token, in: sentence.range) {
            words.append(ReadabilityWord(token: token, lower: token.text.fastLowercased,
                                         quoted: sentence.quotes.contains { $0.contains(token.range.lowerBound) },
                                         first: words.isEmpty))
        }
        return words
    }

    /// Proper nouns (capitalized after the first word) and acronyms count as familiar, as Dale and Chall allowed.
    /// Gunning's rules for a word of three or more syllables: proper names (capitalised after a sentence's first
    /// word, or in capitals), compounds whose parts are each shorter (`well-organised`, `bookkeeper` is not one:
    /// only hyphenated compounds are split) and words that reach three syllables only by -ed, -es or -ing are not
    /// complex.
    private func isFogComplex(_ token: Token, first: Bool) -> Bool {
        guard token.kind == .word else { return false }
        if token.isAllCaps || (!first && token.isCapitalized) { return false }
        let text = token.text
        if text.contains("-") {
            return text.split(separator: "-").contains { wordInfo(String($0)).syllables >= 3 }
        }
        let lower = wordInfo(text).lower
        for suffix in ["ed", "es", "ing"] where lower.hasSuffix(suffix) && lower.count > suffix.count + 2 {
            if lexicon.syllables.count(String(lower.dropLast(suffix.count))) < 3 { return false }
        }
        return true
    }

    private func isFamiliar(_ token: Token, _ info: WordInfo, first: Bool) -> Bool {
        if token.isAllCaps || (!first && token.isCapitalized) { return true }
        return info.familiar
    }

    /// What the counts need from a word as written; a news article repeats most of its words, so each distinct
    /// spelling is worked out once per document.
    private struct WordInfo {
        var lower: String
        var syllables: Int
        var letters: Int
        /// Letters and digits.
        var characters: Int
        /// On the familiar-word list, or an inflection of a word on it.
        var familiar: Bool
    }

    /// Word facts by spelling, kept by the worker across documents (they depend only on the shared lexicon).
    private final class WordInfoCache {
        let lexicon: ReadabilityLexicon
        var infos: [String: WordInfo] = [:]
        init(_ lexicon: ReadabilityLexicon) { self.lexicon = lexicon }
    }

    /// At most this many words are kept; a worker that meets more starts again.
    private static let cacheLimit = 200_000

    private let wordInfos: WordInfoCache

    private func wordInfo(_ text: String) -> WordInfo {
        if let known = wordInfos.infos[text] { return known }
        let lower = text.fastLowercased
        var letters = 0, characters = 0
        for scalar in text.unicodeScalars {
            if scalar.isLetterLike { letters += 1; characters += 1 } else if scalar.isNumberLike { characters += 1 }
        }
        let info = WordInfo(lower: lower, syllables: lexicon.syllables.count(text), letters: letters,
                            characters: characters, familiar: lexicon.isFamiliar(lower))
        if wordInfos.infos.count >= Self.cacheLimit { wordInfos.infos.removeAll(keepingCapacity: true) }
        wordInfos.infos[text] = info
        return info
    }

    private func buildReport(_ context: RuleContext) -> ReadabilityReport {
        let document = context.document
        var total = ReadabilityCounts()
        var sections: [ReadabilityPart] = []
        var paragraphs: [ReadabilityPart] = []
        var current: (heading: String?, line: Int, counts: ReadabilityCounts)?
        func closeSection() {
            if let c = current, c.counts.words > 0 || c.heading != nil {
                sections.append(ReadabilityPart(heading: c.heading, line: c.line, counts: c.counts,
                                                scores: ReadabilityFormulas.scores(c.counts)))
            }
        }
        for (index, block) in document.blocks.enumerated() {
            guard let range = sentencesByBlock[index] else { continue }
            let counts = sentences[range].reduce(ReadabilityCounts()) { $0 + $1.counts }
            let line = document.source.line(at: block.sourceRange.lowerBound)
            total = total + counts
            if block.kind == .heading {
                closeSection()
                current = (block.text, line, counts)
            } else if current == nil {
                current = (nil, line, counts)
            } else {
                current!.counts = current!.counts + counts
            }
            if block.kind == .paragraph, counts.words > 0 {
                paragraphs.append(ReadabilityPart(line: line, counts: counts, scores: ReadabilityFormulas.scores(counts)))
            }
        }
        closeSection()
        let minutes = context.configuration.readability.wordsPerMinute
        return ReadabilityReport(counts: total, scores: ReadabilityFormulas.scores(total),
                                 readingTimeSeconds: ReadabilityFormulas.readingTime(words: total.words, wordsPerMinute: minutes),
                                 sections: sections, paragraphs: paragraphs)
    }

    /// Whether style rules should look at a sentence under the configuration's `quotations` setting.
    func checksStyle(of sentence: ReadabilitySentence, _ config: ReadabilityConfiguration) -> Bool {
        config.quotations == .check || !sentence.quoted
    }

    func checksStyle(of word: ReadabilityWord, _ config: ReadabilityConfiguration) -> Bool {
        config.quotations == .check || !word.quoted
    }
}
