extension SentenceSegmenter {
    /// A block's text as scalars with their UTF-8 offsets (`off[count]` is the text's length).
    struct Scan {
        var sc: [Unicode.Scalar] = []
        var off: [Int] = []

        init(_ text: String) {
            sc.reserveCapacity(text.utf8.count)
            off.reserveCapacity(text.utf8.count + 1)
            var offset = 0
            for scalar in text.unicodeScalars {
                sc.append(scalar)
                off.append(offset)
                offset += UTF8.width(scalar)
            }
            off.append(offset)
        }

        var count: Int { sc.count }

        @inline(__always)
        static func isSpace(_ s: Unicode.Scalar) -> Bool {
            s == " " || s == "\n" || s == "\t" || s == "\r" || s == "\u{00A0}" || s == "\u{2028}"
        }

        @inline(__always)
        static func isTerminator(_ s: Unicode.Scalar) -> Bool {
            s == "." || s == "?" || s == "!" || s == "\u{2026}" || s == "\u{203D}"
        }

        @inline(__always)
        static func isCloser(_ s: Unicode.Scalar) -> Bool {
            switch s {
            case "\"", "'", ")", "]", "\u{201D}", "\u{2019}", "\u{00BB}", "\u{203A}", "*", "_": return true
            default: return false
            }
        }

        static func isOpener(_ s: Unicode.Scalar) -> Bool {
            switch s {
            case "\"", "'", "(", "[", "\u{201C}", "\u{2018}", "\u{00AB}", "\u{2039}", "*", "_", "\u{00BF}", "\u{00A1}":
                return true
            default: return false
            }
        }

        static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
            if s.value < 0x80 {
                let v = s.value
                return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
            }
            return s != "\u{FFFC}" && (s.isLetterLike || s.isNumberLike)
        }

        func hasWordScalar(_ a: Int, _ b: Int) -> Bool {
            for k in a..<b where Scan.isWordScalar(sc[k]) { return true }
            return false
        }

        /// Index of the first word scalar after white space and opening quotes from `k`; nil at the end.
        func nextWordStart(from k: Int) -> Int? {
            var m = k
            while m < sc.count, Scan.isSpace(sc[m]) || Scan.isOpener(sc[m]) { m += 1 }
            return m < sc.count ? m : nil
        }

        /// Letters and inner periods just before index `i` (`U.S` before the final period of `U.S.`).
        func wordBefore(_ i: Int) -> String {
            var a = i
            while a > 0 {
                let c = sc[a - 1]
                if c.isLetterLike || (c == "." && a - 1 > 0 && sc[a - 2].isLetterLike) { a -= 1 } else { break }
            }
            if a > 0, !Scan.isSpace(sc[a - 1]), !Scan.isOpener(sc[a - 1]) { return a == i ? "" : "\u{1}" }
            var s = String.UnicodeScalarView()
            s.append(contentsOf: sc[a..<i])
            return String(s)
        }

        /// The letters of the word starting at `k`.
        func word(at k: Int) -> String {
            var e = k
            while e < sc.count, sc[e].isLetterLike { e += 1 }
            var s = String.UnicodeScalarView()
            s.append(contentsOf: sc[k..<e])
            return String(s)
        }
    }
}
