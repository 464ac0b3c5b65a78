/// The spelling rules behind `Syllables`, on lower-case ASCII bytes.
extension Syllables {
    private static let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), i = UInt8(ascii: "i")
    private static let o = UInt8(ascii: "o"), u = UInt8(ascii: "u"), y = UInt8(ascii: "y")

    private static func isIn(_ c: UInt8, _ set: StaticString) -> Bool {
        set.withUTF8Buffer { $0.contains(c) }
    }

    @inline(__always)
    static func isAEIOU(_ c: UInt8) -> Bool { c == a || c == e || c == i || c == o || c == u }

    /// Whether the letter at `k` sounds as a vowel (`y` is a consonant before a vowel at the start or after a vowel or `w`).
    @inline(__always)
    static func isVowel(_ w: [UInt8], _ k: Int) -> Bool {
        let c = w[k]
        if isAEIOU(c) { return true }
        guard c == y else { return false }
        let next: UInt8 = k + 1 < w.count ? w[k + 1] : 0
        if k == 0 { return !isAEIOU(next) }
        let prev = w[k - 1]
        if isAEIOU(next) && (isAEIOU(prev) || prev == UInt8(ascii: "w")) { return false }
        return true
    }

    private static func hasSuffix(_ w: [UInt8], _ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard w.count >= n else { return false }
        return s.withUTF8Buffer { buf in
            for k in 0..<n where w[w.count - n + k] != buf[k] { return false }
            return true
        }
    }

    /// Syllables by rule alone, for lower-case ASCII letters.
    public static func ruleCount(_ word: [UInt8]) -> Int {
        var w = word
        var extra = 0
        if w.count > 3, w[0] == UInt8(ascii: "m"), w[1] == UInt8(ascii: "c") {
            extra += 1
            w.removeFirst(2)
        }
        // Silent e before a suffix: safely, statement, lateness, hopeful, careless.
        for (suffix, syllables) in silentESuffixes where w.count > suffix.count + 3 {
            guard Array(w[(w.count - suffix.count)...]) == suffix else { continue }
            let stem = Array(w[..<(w.count - suffix.count)])
            let n = stem.count
            if stem[n - 1] == e, !isVowel(stem, n - 2), isVowel(stem, n - 3) {
                return extra + coreCount(stem) + syllables
            }
        }
        if hasSuffix(w, "ically") { return extra + coreCount(Array(w[..<(w.count - 4)])) + 1 }
        // A separately said re- before a vowel: reassemble, reaction, reinvent, reality.
        if w.count >= 7, w[0] == UInt8(ascii: "r"), w[1] == e, reVowelStarts.contains(Array(w[2..<5])) {
            return extra + 1 + coreCount(Array(w[2...]))
        }
        return extra + coreCount(w)
    }

    private static let reVowelStarts: Set<[UInt8]> = Set([
        "ass", "arr", "adm", "adj", "aff", "awa", "app", "acq", "act", "ali", "all", "inv", "inc", "ins", "int",
        "imp", "ite", "inf", "iss", "ent", "emb", "ela", "ele", "eva", "exa", "exp", "ord", "org", "occ", "opt",
        "uni", "use",
    ].map { Array($0.utf8) })

    private static let silentESuffixes: [([UInt8], Int)] = [
        (Array("man".utf8), 1), (Array("men".utf8), 1),
        (Array("ments".utf8), 1), (Array("ment".utf8), 1), (Array("ness".utf8), 1),
        (Array("ful".utf8), 1), (Array("less".utf8), 1), (Array("ly".utf8), 1),
    ]

    /// Vowel groups after silent endings are removed, plus vowel pairs said apart.
    static func coreCount(_ word: [UInt8]) -> Int {
        var w = word
        var extra = 0
        let s = UInt8(ascii: "s")
        if w.count > 3, w[w.count - 1] == s, w[w.count - 2] != s, w[w.count - 2] != u, w[w.count - 2] != i {
            if sibilantPlural(w) { extra += 1; w.removeLast(2) } else { w.removeLast() }
        }
        if w.count > 3, hasSuffix(w, "ed") {
            let p = w[w.count - 3]
            if p != UInt8(ascii: "t") && p != UInt8(ascii: "d") && !isAEIOU(p) {
                w.removeLast(2)
                // A consonant before -led keeps the syllable of -le: troubled, handled.
                if p == UInt8(ascii: "l"), w.count >= 3, !isVowel(w, w.count - 2), !isIn(w[w.count - 2], "lrw") { extra += 1 }
            }
        }
        // unique, technique; league, vague: the final -ue is silent.
        if w.count > 4, hasSuffix(w, "ue"), w[w.count - 3] == UInt8(ascii: "q")
            || (w[w.count - 3] == UInt8(ascii: "g") && isAEIOU(w[w.count - 4])) {
            w.removeLast(2)
        }
        dropSilentE(&w)
        var count = 0
        var k = 0
        let n = w.count
        while k < n {
            guard isVowel(w, k) else { k += 1; continue }
            var j = k + 1
            while j < n, isVowel(w, j) { j += 1 }
            count += 1
            for m in k..<(j - 1) where splits(w, m) { count += 1 }
            k = j
        }
        if hasSuffix(w, "ism") { count += 1 }
        return max(1, count + extra)
    }

    private static func dropSilentE(_ w: inout [UInt8]) {
        let n = w.count
        guard n > 2, w[n - 1] == e else { return }
        let p = w[n - 2]
        if isAEIOU(p) || (p == y && isVowel(w, n - 2)) { return }
        let l = UInt8(ascii: "l"), r = UInt8(ascii: "r")
        // A consonant before -le / -re keeps the e sounding: table, acre.
        if (p == l || p == r), n >= 3, !isVowel(w, n - 3), w[n - 3] != p { return }
        // Final -nte is said in the Romance names that make up most such words: Durante, Infante.
        if p == UInt8(ascii: "t"), n >= 4, w[n - 3] == UInt8(ascii: "n") { return }
        for k in 0..<(n - 2) where isVowel(w, k) {
            w.removeLast()
            return
        }
    }
}
