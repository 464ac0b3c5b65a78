import CopydeskCore

/// One stretch of decoded text and the source bytes it came from.
struct MatchedSegment {
    var text: [UInt8]
    var sourceStart: Int
    var sourceLength: Int
    var verbatim: Bool
}

/// Finds where a parser's decoded literal (entities decoded, escapes removed) sits in the source,
/// byte for byte where the bytes agree and as mapped segments where they differ.
struct LiteralMatcher {
    let source: [UInt8]
    /// CommonMark backslash escapes of ASCII punctuation (`\*` reads `*`).
    var backslashEscapes: Bool
    /// Runs of white space holding a line break read as one mapped "\n" (HTML text).
    var collapseLineBreaks: Bool
    /// Tags and comments inside a literal are stepped over (HTML: libxml2 joins the text on both
    /// sides of an end tag it ignores).
    var skipsMarkup = false

    /// The segments of `literal` when it starts exactly at `start`, and the source offset after it.
    func match(_ literal: [UInt8], at start: Int, limit: Int) -> (segments: [MatchedSegment], end: Int)? {
        let result = matchPrefix(literal[...], at: start, limit: limit)
        return result.consumed == literal.count ? (result.segments, result.end) : nil
    }

    /// One step of a match that is not a plain byte copy.
    private struct Step {
        var text: [UInt8]
        var literalLength: Int
        var sourceLength: Int
        var verbatim: Bool
    }

    /// As much of `literal` as matches from `start`: its segments, how many literal bytes they
    /// cover (always whole characters) and the source offset after them.
    func matchPrefix(_ literal: ArraySlice<UInt8>, at start: Int, limit: Int)
        -> (segments: [MatchedSegment], consumed: Int, end: Int) {
        let literal = Array(literal)
        var segments: [MatchedSegment] = []
        var i = 0
        var j = start
        let n = literal.count
        while i < n, j < limit {
            if let step = special(literal, i, j, limit) {
                LiteralMatcher.add(step.text, j, step.sourceLength, step.verbatim, to: &segments)
                i += step.literalLength
                j += step.sourceLength
                continue
            }
            guard source[j] == literal[i] else { break }
            // Copy the run of equal bytes up to the next byte that may start a special step.
            var run = 1
            while i + run < n, j + run < limit, source[j + run] == literal[i + run], !mayStartStep(source[j + run]) { run += 1 }
            LiteralMatcher.add(Array(literal[i..<(i + run)]), j, run, true, to: &segments)
            i += run
            j += run
        }
        if i == n { return (segments, n, j) }
        // Stopped inside a character copied byte by byte: give its bytes back.
        while i > 0, i < n, literal[i] & 0xC0 == 0x80, let last = segments.last, last.verbatim {
            segments[segments.count - 1].text.removeLast()
            segments[segments.count - 1].sourceLength -= 1
            if segments[segments.count - 1].text.isEmpty { segments.removeLast() }
            i -= 1
            j -= 1
        }
        return (segments, i, j)
    }

    /// A character reference, a backslash escape, a white-space run or skipped markup at `j`.
    private func special(_ literal: [UInt8], _ i: Int, _ j: Int, _ limit: Int) -> Step? {
        let byte = source[j]
        let n = literal.count
        if byte == UInt8(ascii: "&"), let ref = CharacterReference.parse(source, at: j, limit: limit) {
            if let value = ref.value, hasPrefix(literal, i, value) {
                return Step(text: value, literalLength: value.count, sourceLength: ref.length, verbatim: false)
            }
            if ref.value == nil, literal[i] != byte {
                // A name another table knows (HTML5): it stands for one character.
                let width = min(LiteralMatcher.scalarWidth(literal[i]), n - i)
                return Step(text: Array(literal[i..<(i + width)]), literalLength: width, sourceLength: ref.length, verbatim: false)
            }
        }
        if backslashEscapes, byte == UInt8(ascii: "\\"), j + 1 < limit,
           LiteralMatcher.isASCIIPunctuation(source[j + 1]), literal[i] == source[j + 1] {
            return Step(text: [literal[i]], literalLength: 1, sourceLength: 2, verbatim: false)
        }
        if collapseLineBreaks, LiteralMatcher.isSpace(byte), LiteralMatcher.isSpace(literal[i]) {
            var i2 = i, j2 = j
            while i2 < n, LiteralMatcher.isSpace(literal[i2]) { i2 += 1 }
            while j2 < limit, LiteralMatcher.isSpace(source[j2]) { j2 += 1 }
            let run = Array(literal[i..<i2])
            if run.elementsEqual(source[j..<j2]), !run.contains(0x0A) {
                return Step(text: run, literalLength: i2 - i, sourceLength: j2 - j, verbatim: true)
            }
            let breaks = run.contains(0x0A) || source[j..<j2].contains(0x0A)
            return Step(text: breaks ? [0x0A] : [0x20], literalLength: i2 - i, sourceLength: j2 - j, verbatim: false)
        }
        if skipsMarkup, byte == UInt8(ascii: "<"), byte != literal[i], let end = LiteralMatcher.markupEnd(source, j, limit) {
            return Step(text: [], literalLength: 0, sourceLength: end - j, verbatim: false)
        }
        return nil
    }

    private func mayStartStep(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "<") || LiteralMatcher.isSpace(byte)
    }

    /// Appends a segment, joining verbatim ones that touch; empty text adds nothing.
    private static func add(_ text: [UInt8], _ sourceStart: Int, _ length: Int, _ verbatim: Bool,
                            to segments: inout [MatchedSegment]) {
        guard !text.isEmpty else { return }
        if verbatim, let last = segments.last, last.verbatim, last.sourceStart + last.sourceLength == sourceStart {
            segments[segments.count - 1].text.append(contentsOf: text)
            segments[segments.count - 1].sourceLength += length
        } else {
            segments.append(MatchedSegment(text: text, sourceStart: sourceStart, sourceLength: length, verbatim: verbatim))
        }
    }

    /// Best effort for a literal that matches nowhere whole (the parser changed or dropped some
    /// bytes): the longest prefix found near `start`, then the rest looked for again after it.
    /// Pieces that match are exact; what cannot be found is one mapped piece of no length.
    func align(_ literal: [UInt8], from start: Int, limit: Int, candidate: (Int) -> Int?) -> (segments: [MatchedSegment], end: Int) {
        var segments: [MatchedSegment] = []
        var consumed = 0
        var position = start
        var attempts = 0
        while consumed < literal.count, attempts < 32 {
            attempts += 1
            var best = (segments: [MatchedSegment](), consumed: 0, end: position)
            var probe = position
            var tries = 0
            while tries < 256, let p = candidate(probe), p < limit {
                let result = matchPrefix(literal[consumed...], at: p, limit: limit)
                if result.consumed > best.consumed { best = result }
                if result.consumed == literal.count - consumed { break }
                probe = p + 1
                tries += 1
            }
            if best.consumed == 0 {
                // This character is nowhere near: it maps as a whole to nothing, and the rest goes on.
                let width = min(LiteralMatcher.scalarWidth(literal[consumed]), literal.count - consumed)
                segments.append(MatchedSegment(text: Array(literal[consumed..<(consumed + width)]), sourceStart: position,
                                               sourceLength: 0, verbatim: false))
                consumed += width
                continue
            }
            segments.append(contentsOf: best.segments)
            consumed += best.consumed
            position = best.end
        }
        if consumed < literal.count {
            segments.append(MatchedSegment(text: Array(literal[consumed...]), sourceStart: position, sourceLength: 0, verbatim: false))
        }
        return (segments, position)
    }

    /// The first place at or after `start` (and before `start + window`) where `literal` matches.
    func search(_ literal: [UInt8], from start: Int, limit: Int, window: Int = 16_384)
        -> (segments: [MatchedSegment], start: Int, end: Int)? {
        guard let first = literal.first else { return ([], start, start) }
        let stop = min(limit, start + window)
        var p = start
        while p < stop {
            let byte = source[p]
            if byte == first || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\\") || LiteralMatcher.isSpace(byte) {
                if let found = match(literal, at: p, limit: limit) { return (found.segments, p, found.end) }
            }
            p += 1
        }
        return nil
    }

    private func hasPrefix(_ literal: [UInt8], _ i: Int, _ value: [UInt8]) -> Bool {
        guard i + value.count <= literal.count else { return false }
        return literal[i..<(i + value.count)].elementsEqual(value)
    }

    /// The end of the tag, comment or declaration that starts at `start`, if one does.
    static func markupEnd(_ source: [UInt8], _ start: Int, _ limit: Int) -> Int? {
        guard start + 1 < limit else { return nil }
        let next = source[start + 1]
        if next == UInt8(ascii: "!") {
            if let comment = SourceTag.comment(in: source, from: start, limit: limit, window: 1) { return comment.upperBound }
            return SourceTag.find([UInt8(ascii: ">")], in: source, from: start, limit: limit).map { $0 + 1 }
        }
        guard next == UInt8(ascii: "/") || next == UInt8(ascii: "?") || CharacterReference.isLetter(next) else { return nil }
        return SourceTag.read(source, at: start, limit: limit)?.range.upperBound
    }

    static func scalarWidth(_ lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead & 0xE0 == 0xC0 { return 2 }
        if lead & 0xF0 == 0xE0 { return 3 }
        return 4
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }
}

extension BlockBuilder {
    /// Appends matched segments: verbatim ones byte for byte, the others as a whole.
    mutating func append(_ segments: [MatchedSegment]) {
        for segment in segments {
            let string = String(decoding: segment.text, as: UTF8.self)
            if segment.verbatim {
                appendVerbatim(string, sourceStart: segment.sourceStart)
            } else {
                appendMapped(string, sourceStart: segment.sourceStart, sourceLength: segment.sourceLength)
            }
        }
    }
}
