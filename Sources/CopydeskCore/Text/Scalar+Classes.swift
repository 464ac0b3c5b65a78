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
