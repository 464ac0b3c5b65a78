/// What a token is. Only `.word` tokens are prose words a dictionary can judge.
public enum TokenKind: String, Sendable, Hashable {
    case word
    /// Starts with a digit or a currency sign: 1990s, 6am, £1.2m, 3.4%, 21st.
    case number
    /// Letters and digits mixed, not starting with a digit: COVID-19, MP3.
    case alphanumeric
    case url
    case email
    /// @handle
    case handle
    /// #hashtag
    case hashtag
    case path
    /// The placeholder standing for inline code.
    case code
}

/// A token of a block's text. `range` is in UTF-8 bytes of that text.
public struct Token: Sendable, Hashable {
    /// The range is kept as two 32-bit offsets: a large article has millions of tokens, and a block's text is
    /// far below 2 GB (input files are read whole into memory).
    private var start: Int32
    private var end: Int32
    public var text: String
    public var kind: TokenKind

    public var range: Range<Int> {
        get { Int(start)..<Int(end) }
        set {
            start = Int32(newValue.lowerBound)
            end = Int32(newValue.upperBound)
        }
    }

    public init(range: Range<Int>, text: String, kind: TokenKind) {
        self.start = Int32(range.lowerBound)
        self.end = Int32(range.upperBound)
        self.text = text
        self.kind = kind
    }

    /// First letter upper case.
    public var isCapitalized: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.isUppercaseLetter
    }

    /// At least two letters, every letter upper case.
    public var isAllCaps: Bool {
        var letters = 0
        for scalar in text.unicodeScalars where scalar.isLetterLike {
            if !scalar.isUppercaseLetter { return false }
            letters += 1
        }
        return letters >= 2
    }
}
