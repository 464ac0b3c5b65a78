/// Splits prose into words, numbers, URLs, addresses, handles, hashtags and paths.
///
/// Works on Unicode scalars and UTF-8 offsets (never `Character`), so it is fast and its ranges map
/// straight back through `Block.pieces`.
public enum Tokenizer {
    public static func tokens(in text: String) -> [Token] {
        let scan = SentenceSegmenter.Scan(text)
        var text = text
        // The text's own UTF-8 buffer: a large block is not copied into an array.
        let tokens: [Token] = text.withUTF8 { bytes in
            var tokens: [Token] = []
            let scalars = scan.sc
            var i = 0
            let n = scalars.count
            while i < n {
                let s = scalars[i]
                if s == "\u{FFFC}" {
                    tokens.append(Token(range: scan.off(i)..<scan.off(i + 1), text: "\u{FFFC}", kind: .code))
                    i += 1
                    continue
                }
                if isChunkBreak(s) { i += 1; continue }
                var j = i
                while j < n, !isChunkBreak(scalars[j]), scalars[j] != "\u{FFFC}" { j += 1 }
                chunk(Chunk(scan: scan, bytes: bytes), i, j, into: &tokens)
                i = j
            }
            return tokens
        }
        // A document's tokens stay in memory while its rules run: give back the room growth left over.
        guard tokens.capacity > tokens.count + tokens.count / 8 else { return tokens }
        var exact: [Token] = []
        exact.reserveCapacity(tokens.count)
        exact.append(contentsOf: tokens)
        return exact
    }

    /// Whitespace and dashes separate chunks; URLs and paths never contain them.
    private static func isChunkBreak(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s.value == 0x20 || (0x09...0x0D).contains(s.value) }
        if s.properties.isWhitespace { return true }
        switch s {
        case "\u{2014}", "\u{2013}", "\u{2026}", "\u{00A0}", "\u{200B}": return true
        default: return false
        }
    }

    /// Opening punctuation stripped from the front of a chunk.
    private static func isOpener(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "(", "[", "{", "<", "\"", "\u{201C}", "\u{2018}", "'", "\u{00AB}", "*", "_", "\u{2039}", "\u{201E}", "\u{00BF}", "\u{00A1}", "`":
            return true
        default:
            return false
        }
    }

    /// Closing punctuation stripped from the end of a chunk.
    private static func isCloser(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case ")", "]", "}", ">", "\"", "\u{201D}", ",", ";", ":", ".", "!", "?", "\u{00BB}", "*", "_", "\u{203A}", "`":
            return true
        default:
            return false
        }
    }

    /// A block's scalars and its UTF-8 bytes, while the tokenizer walks it.
    private struct Chunk {
        let scan: SentenceSegmenter.Scan
        let bytes: UnsafeBufferPointer<UInt8>

        var sc: [Unicode.Scalar] { scan.sc }

        /// The text of scalars `a..<b` and its UTF-8 range.
        func text(_ a: Int, _ b: Int) -> (String, Range<Int>) {
            let range = scan.off(a)..<scan.off(b)
            return (String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self), range)
        }
    }

    private static func chunk(_ chunk: Chunk, _ start: Int, _ end: Int, into tokens: inout [Token]) {
        let sc = chunk.sc
        var a = start
        var b = end
        while a < b, isOpener(sc[a]) { a += 1 }
        while b > a {
            let last = sc[b - 1]
            if isCloser(last) {
                // Keep the final period of an abbreviation such as U.S. or e.g.
                if last == ".", isAbbreviation(sc, a, b) { break }
                b -= 1
            } else if last == "'" || last == "\u{2019}" {
                // Keep a plural possessive apostrophe (Passengers’); drop a closing quote.
                if b - 1 > a, sc[b - 2] == "s" || sc[b - 2] == "S" { break }
                b -= 1
            } else { break }
        }
        guard a < b else { return }
        let (text, range) = chunk.text(a, b)
        if let kind = wholeChunkKind(text, sc, a, b) {
            tokens.append(Token(range: range, text: text, kind: kind))
            return
        }
        split(chunk, a, b, into: &tokens)
    }

    /// Letter groups of one or two joined by periods: U.S., e.g., a.m., Ph.D.
    static func isAbbreviation(_ sc: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        var periods = 0
        var run = 0
        for k in a..<b {
            let s = sc[k]
            if s == "." {
                if run == 0 || run > 2 { return false }
                periods += 1
                run = 0
            } else if s.isLetterLike {
                run += 1
            } else { return false }
        }
        return periods >= 2
    }

    private static let topLevelDomains: Set<String> = [
        "com", "org", "net", "gov", "edu", "io", "co", "uk", "us", "de", "fr", "int", "info", "news", "au", "ca", "ie", "nz", "eu",
    ]

    private static func wholeChunkKind(_ text: String, _ sc: [Unicode.Scalar], _ a: Int, _ b: Int) -> TokenKind? {
        // Most chunks are plain words: without one of these characters a chunk is no URL, address, handle or path.
        guard sc[a..<b].contains(where: { $0 == ":" || $0 == "/" || $0 == "@" || $0 == "#" || $0 == "." || $0 == "\\" }) else {
            return nil
        }
        let lower = text.lowercased()
        if lower.contains("://") || lower.hasPrefix("www.") || lower.hasPrefix("mailto:") { return .url }
        let first = sc[a]
        if first == "@", b - a > 1 { return .handle }
        if first == "#", b - a > 1, sc[a + 1].isLetterLike || sc[a + 1].isNumberLike { return .hashtag }
        if let at = text.firstIndex(of: "@"), at != text.startIndex, text[at...].contains(".") { return .email }
        if text.contains("/") || text.contains("\\") {
            if first == "/" || first == "~" || first == "." || text.contains("\\") { return .path }
            let parts = text.split(separator: "/", omittingEmptySubsequences: false)
            if parts.count > 2 || parts.contains(where: { $0.isEmpty }) { return .path }
            if parts.contains(where: { part in
                guard let dot = part.lastIndex(of: ".") else { return false }
                let ext = part[part.index(after: dot)...]
                return (1...5).contains(ext.count) && ext.allSatisfy { $0.isLetter || $0.isNumber }
            }) { return .path }
            if let domain = parts.first, isDomain(domain) { return .url }
            return nil
        }
        if isDomain(Substring(text)) { return .url }
        return nil
    }

    private static func isDomain(_ text: Substring) -> Bool {
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let tld = labels.last, labels.allSatisfy({ !$0.isEmpty }) else { return false }
        guard topLevelDomains.contains(tld.lowercased()) else { return false }
        return labels.allSatisfy { $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } } && labels[0].count >= 2
    }

    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (0x61...0x7A).contains(v) || (0x41...0x5A).contains(v) || (0x30...0x39).contains(v) }
        let p = s.properties
        return p.isAlphabetic || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
            || p.numericType != nil
    }

    private static func isCurrency(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s == "$" }
        return s.properties.generalCategory == .currencySymbol
    }

    /// Splits a chunk into word-like tokens. Apostrophes and hyphens join letters; periods and commas join digits;
    /// periods join the letters of an abbreviation.
    private static func split(_ chunk: Chunk, _ a: Int, _ b: Int, into tokens: inout [Token]) {
        let sc = chunk.sc
        var i = a
        while i < b {
            let s = sc[i]
            // A mark cannot start a word: the variation selector of an emoji (❤️) is not one.
            let isMark = s.value >= 0x80 && (s.properties.generalCategory == .nonspacingMark || s.properties.generalCategory == .spacingMark)
            guard isWordScalar(s) && !isMark || isCurrency(s) else { i += 1; continue }
            var j = i + 1
            while j < b {
                let c = sc[j]
                if isWordScalar(c) || c == "%" { j += 1; continue }
                let nextIsWord = j + 1 < b && isWordScalar(sc[j + 1])
                let prevDigit = sc[j - 1].isNumberLike
                let nextDigit = j + 1 < b && sc[j + 1].isNumberLike
                if (c == "'" || c == "\u{2019}" || c == "-" || c == "\u{2010}" || c == "&") && nextIsWord { j += 1; continue }
                if (c == "." || c == ",") && prevDigit && nextDigit { j += 1; continue }
                if c == "." && nextIsWord && isAbbreviation(sc, i, abbreviationEnd(sc, i, b)) { j += 1; continue }
                if c == "." && isAbbreviation(sc, i, j + 1) { j += 1; break }
                break
            }
            // A trailing possessive apostrophe after s.
            if j < b, sc[j] == "'" || sc[j] == "\u{2019}", j == b - 1, sc[j - 1] == "s" || sc[j - 1] == "S" { j += 1 }
            let (text, range) = chunk.text(i, j)
            tokens.append(Token(range: range, text: text, kind: classify(sc, i, j)))
            i = j
        }
    }

    private static func abbreviationEnd(_ sc: [Unicode.Scalar], _ i: Int, _ b: Int) -> Int {
        var k = i
        while k < b, sc[k].isLetterLike || sc[k] == "." { k += 1 }
        return k
    }

    private static func classify(_ sc: [Unicode.Scalar], _ a: Int, _ b: Int) -> TokenKind {
        let first = sc[a]
        if first.isNumberLike || isCurrency(first) { return .number }
        for k in a..<b where sc[k].isNumberLike { return .alphanumeric }
        return .word
    }
}
