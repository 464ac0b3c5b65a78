/// Vowel pairs inside one vowel group that are said as two syllables (`ra-di-o`, `vi-de-o`, `ac-tu-al`).
extension Syllables {
    private static func byte(_ c: Unicode.Scalar) -> UInt8 { UInt8(ascii: c) }

    private static func isIn(_ c: UInt8, _ set: StaticString) -> Bool {
        set.withUTF8Buffer { $0.contains(c) }
    }

    /// Whether the letters at `m` and `m + 1` (both vowels) split into two syllables.
    static func splits(_ w: [UInt8], _ m: Int) -> Bool {
        let n = w.count
        let first = w[m], second = w[m + 1]
        let prev: UInt8 = m > 0 ? w[m - 1] : 0
        let before2: UInt8 = m > 1 ? w[m - 2] : 0
        let after: UInt8 = m + 2 < n ? w[m + 2] : 0
        switch (first, second) {
        case (byte("i"), byte("a")):
            // -cial, -tial, -sian are one syllable.
            return !(isIn(prev, "ctsx") && isIn(after, "nl"))
        case (byte("i"), byte("o")):
            // -tion, -sion, -cious, -gion, million, onion are one syllable.
            if isIn(prev, "tcsxg") { return false }
            if prev == byte("l") && before2 == byte("l") { return false }
            if prev == byte("n") && isAEIOU(before2) { return false }
            return true
        case (byte("i"), byte("u")), (byte("i"), byte("i")), (byte("u"), byte("u")):
            return true
        case (byte("e"), byte("o")):
            // surgeon, gorgeous, ocean-like -ceous, people.
            if isIn(prev, "gc") && isIn(after, "nu") { return false }
            if prev == byte("p") && after == byte("p") { return false }
            return true
        case (byte("u"), byte("a")):
            return !isIn(prev, "qg")
        case (byte("u"), byte("o")):
            return prev != byte("q")
        case (byte("y"), byte("i")), (byte("y"), byte("o")), (byte("y"), byte("a")), (byte("y"), byte("e")):
            return !isAEIOU(prev)
        case (byte("i"), byte("e")):
            return splitsIE(w, m, prev, before2)
        case (byte("e"), byte("a")):
            return m + 2 == n && n > 3
        case (byte("u"), byte("e")):
            return m + 2 < n && !isIn(prev, "qg")
        default:
            // being, doing, continuing.
            return second == byte("i") && isIn(first, "eou") && m + 4 == n
                && w[m + 2] == byte("n") && w[m + 3] == byte("g")
        }
    }

    /// happier, happiest, quiet, client, science split; piece, patient, ancient do not.
    private static func splitsIE(_ w: [UInt8], _ m: Int, _ prev: UInt8, _ before2: UInt8) -> Bool {
        let rest = w[(m + 2)...]
        let n = w.count
        if rest.first == byte("r") && rest.count <= 1 && n >= 5 { return true }
        if rest.count == 2 && rest.first == byte("s") && rest.last == byte("t") { return true }
        let t = byte("t")
        let startsT = rest.first == t
        let startsNTorNC = rest.count >= 2 && rest.first == byte("n") && isIn(rest[rest.startIndex + 1], "tc")
        guard startsT || startsNTorNC else { return false }
        if isIn(prev, "tc") && before2 != byte("s") && !startsT { return false }
        return true
    }
}
