/// Counts syllables of English words: an exception table first, then spelling rules.
///
/// The rules work on ASCII bytes (accented Latin vowels are folded first), never on `Character`:
/// vowel groups, a silent final `e`, silent `-es`/`-ed`, vowel pairs said as two syllables
/// (`ia`, `io`, `eo`, `ua`, …), `-le`, `-ism`, `mc-`, and silent `e` before `-ly`, `-ment`, `-ness`, `-ful`, `-less`.
/// Words the rules get wrong are data: `Dictionaries/readability/syllables.txt` (see `docs/readability.md`).
public struct Syllables: Sendable {
    /// Lower-case word → syllables.
    public let exceptions: [String: Int]

    public init(exceptions: [String: Int] = [:]) {
        self.exceptions = exceptions
    }

    /// Reads `word count` lines (blank lines and `#` comments already removed, or not).
    public init(exceptionLines: [String]) {
        var table: [String: Int] = [:]
        table.reserveCapacity(exceptionLines.count)
        for line in exceptionLines {
            // `word count`, split on bytes: the table has tens of thousands of lines, read at every start.
            let bytes = line.utf8
            guard let gap = bytes.firstIndex(where: { $0 == 0x20 || $0 == 0x09 }), bytes.first != 0x23 else { continue }
            let rest = line[gap...].drop { $0 == " " || $0 == "\t" }
            guard !rest.isEmpty, !rest.contains(where: { $0 == " " || $0 == "\t" }), let n = Int(rest) else { continue }
            table[String(line[..<gap]).fastLowercased] = n
        }
        self.init(exceptions: table)
    }

    /// Syllables of one word token. Hyphenated words count each part; apostrophes and digits are skipped;
    /// a token with no letters counts one.
    public func count(_ word: String) -> Int {
        var total = 0
        var part: [UInt8] = []
        part.reserveCapacity(word.utf8.count)
        var endsInAcuteE = false
        func flush() {
            guard !part.isEmpty else { return }
            // A final é is said (café, résumé): keep it from being read as a silent e.
            if endsInAcuteE { part.append(UInt8(ascii: "y")) }
            total += countPart(part)
            part.removeAll(keepingCapacity: true)
        }
        for scalar in word.unicodeScalars {
            if let byte = Syllables.fold(scalar) {
                part.append(byte)
                endsInAcuteE = scalar == "\u{E9}"
            } else if scalar == "-" || scalar == "\u{2010}" || scalar == "/" {
                flush()
                endsInAcuteE = false
            }
        }
        flush()
        return max(1, total)
    }

    private func countPart(_ letters: [UInt8]) -> Int {
        if !exceptions.isEmpty, let known = exceptions[String(decoding: letters, as: UTF8.self)] { return known }
        return Syllables.ruleCount(letters)
    }

    /// Lower-case ASCII letter for a scalar, folding common accented Latin letters; nil for anything else.
    @inline(__always)
    static func fold(_ s: Unicode.Scalar) -> UInt8? {
        let v = s.value
        if v >= 0x61 && v <= 0x7A { return UInt8(v) }
        if v >= 0x41 && v <= 0x5A { return UInt8(v + 0x20) }
        guard v >= 0xC0 && v <= 0x17F else { return nil }
        switch v {
        case 0xC0...0xC5, 0xE0...0xE5: return UInt8(ascii: "a")
        case 0xC8...0xCB, 0xE8...0xEB: return UInt8(ascii: "e")
        case 0xCC...0xCF, 0xEC...0xEF: return UInt8(ascii: "i")
        case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8: return UInt8(ascii: "o")
        case 0xD9...0xDC, 0xF9...0xFC: return UInt8(ascii: "u")
        case 0xC7, 0xE7: return UInt8(ascii: "c")
        case 0xD1, 0xF1: return UInt8(ascii: "n")
        case 0xDD, 0xFD, 0xFF: return UInt8(ascii: "y")
        default: return nil
        }
    }

    static func sibilantPlural(_ w: [UInt8]) -> Bool {
        let n = w.count
        guard n >= 3, w[n - 1] == UInt8(ascii: "s"), w[n - 2] == UInt8(ascii: "e") else { return false }
        switch w[n - 3] {
        case UInt8(ascii: "s"), UInt8(ascii: "x"), UInt8(ascii: "z"), UInt8(ascii: "c"), UInt8(ascii: "g"): return true
        case UInt8(ascii: "h"): return n >= 4 && (w[n - 4] == UInt8(ascii: "c") || w[n - 4] == UInt8(ascii: "s"))
        default: return false
        }
    }
}
