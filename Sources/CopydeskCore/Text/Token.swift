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
    public var range: Range<Int>
    public var text: String
    public var kind: TokenKind

    public init(range: Range<Int>, text: String, kind: TokenKind) {
        self.range = range
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
