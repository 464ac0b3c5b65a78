/// Splits a block's text into sentences, returned as UTF-8 ranges of that text.
///
/// Works on Unicode scalars. A sentence ends at `.`, `?`, `!` or an ellipsis (with any closing quotes or brackets
/// after it) when white space follows and the next word does not start in lower case; a period after an
/// abbreviation, an initial or inside a number ends nothing (see `Dictionaries/readability/abbreviations.txt`).
/// A line break is never a sentence end by itself: a line filled to the block's wrap width (a hard-wrapped paragraph)
/// joins the next line. A short line without final punctuation (a heading line, a caption, a byline) is its own unit
/// when the next line starts a new thought. Units never cross blocks: callers segment each block on its own.
public struct SentenceSegmenter: Sendable {
    /// How an abbreviation behaves before a period.
    public enum AbbreviationClass: String, Sendable {
        /// Never ends a sentence: Dr., Sen., e.g.
        case title
        /// Ends no sentence before a number: No. 5, Jan. 12.
        case number
        /// May end a sentence: U.S., a.m., Inc.; it does when a usual sentence opener follows.
        case final
        /// A time of day (a.m., p.m.): ends a sentence before a capitalized word that is not a `calendar` word.
        case time
        /// Not an abbreviation: a word that usually opens a sentence.
        case opener
        /// Not an abbreviation: a day, month or time zone that may follow a time (9 a.m. Monday, 5 p.m. EST).
        case calendar
    }

    /// Lower-case abbreviation without its final period → class.
    public let abbreviations: [String: AbbreviationClass]

    public init(abbreviations: [String: AbbreviationClass]) {
        self.abbreviations = abbreviations
    }

    /// Reads `abbreviation class` lines (see the data file's header).
    public init(lines: [String]) {
        var table: [String: AbbreviationClass] = [:]
        for line in lines {
            let parts = line.split(separator: " ")
            guard parts.count == 2, !parts[0].hasPrefix("#"),
                  let kind = AbbreviationClass(rawValue: String(parts[1])) else { continue }
            table[parts[0].lowercased()] = kind
        }
        self.init(abbreviations: table)
    }

    /// Sentence ranges (UTF-8 offsets into `text`), trimmed of white space, in order. Units with no letter or digit
    /// (a lone dash, a code placeholder) are left out.
    public func sentences(in text: String) -> [Range<Int>] {
        var scan = Scan(text)
        let width = SentenceSegmenter.wrapWidth(scan)
        var units: [Range<Int>] = []
        var start: Int?
        var i = 0
        let n = scan.count
        func close(_ end: Int) {
            guard let s = start else { return }
            var e = end
            while e > s, Scan.isSpace(scan.sc[e - 1]) { e -= 1 }
            if scan.hasWordScalar(s, e) { units.append(scan.off(s)..<scan.off(e)) }
            start = nil
        }
        while i < n {
            let s = scan.sc[i]
            if start == nil {
                if Scan.isSpace(s) { i += 1; continue }
                start = i
            }
            if s == "\n" {
                if breaksAtLineEnd(&scan, lineBreak: i, unitStart: start!, wrapWidth: width) { close(i) }
                i += 1
                continue
            }
            guard Scan.isTerminator(s) else { i += 1; continue }
            var j = i
            while j < n, Scan.isTerminator(scan.sc[j]) { j += 1 }
            var k = j
            while k < n, Scan.isCloser(scan.sc[k]) { k += 1 }
            if k == n { close(k); i = k; continue }
            if !Scan.isSpace(scan.sc[k]) { i = j; continue }
            if endsSentence(&scan, terminator: i, clusterEnd: j, after: k) { close(k) }
            i = k
        }
        close(n)
        return units
    }

    /// Whether the terminator cluster `i..<j` (closers up to `k`) ends a sentence.
    private func endsSentence(_ scan: inout Scan, terminator i: Int, clusterEnd j: Int, after k: Int) -> Bool {
        guard let next = scan.nextWordStart(from: k) else { return true }
        let first = scan.sc[next]
        if first.isLowercaseLetter { return false }
        guard j == i + 1, scan.sc[i] == "." else { return true }
        let word = scan.wordBefore(i)
        if word.isEmpty { return true }
        let lower = word.lowercased()
        // An initial: J. R. Tolkien.
        if word.unicodeScalars.count == 1, word.unicodeScalars.first!.isUppercaseLetter { return false }
        switch abbreviations[lower] {
        case .title: return false
        case .number: return first.isNumberLike == false
        case .final: return isOpener(scan.word(at: next))
        case .time: return abbreviations[scan.word(at: next).lowercased()] != .calendar
        case .opener, .calendar, nil:
            if lower.contains(".") { return isOpener(scan.word(at: next)) }
            return true
        }
    }

    private func isOpener(_ word: String) -> Bool {
        abbreviations[word.lowercased()] == .opener
    }

    /// A line break ends a unit when the line has no final punctuation, is shorter than the block's wrap width
    /// would make it (the next line's first word would have fitted on it), and the next line starts a new thought:
    /// an upper-case letter, a digit or an opening quote, after a line that does not end in a joining word.
    private func breaksAtLineEnd(_ scan: inout Scan, lineBreak i: Int, unitStart: Int, wrapWidth: Int) -> Bool {
        var p = i
        while p > unitStart, Scan.isSpace(scan.sc[p - 1]) { p -= 1 }
        guard p > unitStart else { return false }
        let last = scan.sc[p - 1]
        if Scan.isTerminator(last) || Scan.isCloser(last) || last == "," || last == ";" || last == ":"
            || last == "-" || last == "\u{2014}" || last == "\u{2013}" || last == "(" {
            return false
        }
        guard let next = scan.nextWordStart(from: i + 1) else { return false }
        let first = scan.sc[next]
        guard first.isUppercaseLetter || first.isNumberLike else { return false }
        // A wrapped line: its next word did not fit, so the break is the editor's, not the writer's.
        var lineStart = p
        while lineStart > 0, scan.sc[lineStart - 1] != "\n", scan.sc[lineStart - 1] != "\r" { lineStart -= 1 }
        var wordEnd = next
        while wordEnd < scan.count, !Scan.isSpace(scan.sc[wordEnd]) { wordEnd += 1 }
        if (p - lineStart) + 1 + (wordEnd - next) > wrapWidth { return false }
        return !SentenceSegmenter.joiningWords.contains(scan.wordBefore(p).lowercased())
    }

    /// The width a block's lines seem wrapped at: its widest line but the last, when at least two lines come before
    /// the last and the widest is 40 scalars or more; otherwise 72, the common width of hard-wrapped text.
    /// A greedy wrapper breaks a line only when the next word would pass the width, so a line plus the next line's
    /// first word exceeds it exactly when the line was wrapped.
    static let defaultWrapWidth = 72

    static func wrapWidth(_ scan: Scan) -> Int {
        var widest = 0, lines = 0, current = 0
        for s in scan.sc {
            if s == "\n" || s == "\r" {
                widest = max(widest, current)
                lines += 1
                current = 0
            } else {
                current += 1
            }
        }
        // `lines` counts the lines before the last.
        return lines >= 2 && widest >= 40 ? widest : defaultWrapWidth
    }

    /// Words after which a line cannot end a unit (a wrapped line: "according to / Reuters").
    static let joiningWords: Set<String> = [
        "a", "an", "the", "of", "to", "and", "or", "but", "in", "on", "at", "for", "with", "by", "from", "as",
        "that", "than", "said", "says", "told", "into", "about", "after", "before", "over", "under", "mr", "mrs",
        "ms", "dr",
    ]
}
