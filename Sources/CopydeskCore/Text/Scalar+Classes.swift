/// Character classes with an ASCII fast path: most news text is ASCII, and Unicode property look-ups are the
/// tokenizer's and the rules' largest single cost without it.
extension Unicode.Scalar {
    @inlinable public var isASCIILetter: Bool {
        let v = value
        return (0x61...0x7A).contains(v) || (0x41...0x5A).contains(v)
    }

    /// A letter (Unicode `Alphabetic`).
    @inlinable public var isLetterLike: Bool {
        value < 0x80 ? isASCIILetter : properties.isAlphabetic
    }

    @inlinable public var isUppercaseLetter: Bool {
        value < 0x80 ? (0x41...0x5A).contains(value) : properties.isUppercase
    }

    @inlinable public var isLowercaseLetter: Bool {
        value < 0x80 ? (0x61...0x7A).contains(value) : properties.isLowercase
    }

    /// A digit or other numeric character.
    @inlinable public var isNumberLike: Bool {
        value < 0x80 ? (0x30...0x39).contains(value) : properties.numericType != nil
    }

    @inlinable public var isSpaceLike: Bool {
        value < 0x80 ? (value == 0x20 || (0x09...0x0D).contains(value)) : properties.isWhitespace
    }
}

extension String {
    /// `lowercased()`, with plain ASCII words (most words) lowered byte by byte, and returned as they are when
    /// they hold no capital, instead of going through the Unicode case tables.
    public var fastLowercased: String {
        var copy = self
        var ascii = true
        let lowered: String? = copy.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { ascii = false; return nil }
            guard bytes.contains(where: { $0 &- 0x41 < 26 }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for index in 0..<bytes.count {
                    let byte = bytes[index]
                    buffer[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                }
                return bytes.count
            }
        }
        guard ascii else { return lowercased() }
        return lowered ?? self
    }
}

/// A quick "maybe" for membership in a small set of lower-case words, by length and first letter: most words of a
/// text are answered "no" with a bit test, without lower-casing or hashing them. Words that do not start with an
/// ASCII letter always get "maybe".
public struct WordShapeFilter: Sendable {
    private var masks = [UInt64](repeating: 0, count: 33)

    public init(_ words: some Sequence<String>) {
        for word in words {
            guard let bit = Self.bit(word) else { masks = masks.map { _ in .max }; return }
            masks[min(word.utf8.count, 32)] |= bit
        }
    }

    public func mayContain(_ word: String) -> Bool {
        guard let bit = Self.bit(word) else { return true }
        return masks[min(word.utf8.count, 32)] & bit != 0
    }

    /// The first letter's bit, case folded; nil when the word does not start with an ASCII letter.
    private static func bit(_ word: String) -> UInt64? {
        guard let first = word.utf8.first, (first | 0x20) &- 0x61 < 26 else { return nil }
        return 1 << UInt64((first | 0x20) - 0x61)
    }
}
