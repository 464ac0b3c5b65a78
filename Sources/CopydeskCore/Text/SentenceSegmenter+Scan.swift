extension SentenceSegmenter {
    /// A block's text as scalars, and the UTF-8 offset of each (`off(i)`).
    /// Shared with the tokenizer, which walks text the same way.
    struct Scan {
        /// The text's scalars: 4 bytes each. A 50 MB paragraph on one line is one block, so this array is the
        /// largest thing a scan holds; the UTF-8 offsets are kept only at every `markStride`-th scalar.
        private(set) var sc: [Unicode.Scalar] = []
        /// UTF-8 offset of scalars 0, `markStride`, 2 * `markStride`, ...
        private var marks: [Int] = []
        /// The text's UTF-8 length (`off(count)`).
        private(set) var length = 0
        private static let markStride = 16

        init(_ text: String) {
            // Counting first reserves exactly: no spare room for multi-byte text, no copies while growing.
            let count = text.unicodeScalars.count
            sc.reserveCapacity(count)
            marks.reserveCapacity(count / Self.markStride + 1)
            var offset = 0
            for scalar in text.unicodeScalars {
                if sc.count % Self.markStride == 0 { marks.append(offset) }
                sc.append(scalar)
                offset += UTF8.width(scalar)
            }
            length = offset
        }

        /// UTF-8 offset of scalar `i` in the text (`off(count)` is the text's length).
        @inline(__always)
        func off(_ i: Int) -> Int {
            if i >= sc.count { return length }
            let slot = i / Self.markStride
            var offset = marks[slot]
            var k = slot * Self.markStride
            while k < i {
                offset += UTF8.width(sc[k])
                k += 1
            }
            return offset
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
