/// What a token is. Only `.word` tokens are prose words a dictionary can judge.
public enum TokenKind: String, Sendable, Hashable, CaseIterable {
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
    /// 24 bytes a token: a large article has millions of them, held while its rules run. The range is a 32-bit start
    /// and a 28-bit length with the kind in the top 4 bits (a block's text is far below 2 GB: input files are read
    /// whole into memory; no token is 256 MB long).
    private var start: Int32
    private var lengthAndKind: UInt32
    public var text: String

    private static let lengthBits: UInt32 = 28
    private static let lengthMask: UInt32 = (1 << lengthBits) - 1
    private static let kinds: [TokenKind] = [.word, .number, .alphanumeric, .url, .email, .handle, .hashtag, .path, .code]
    private static func code(_ kind: TokenKind) -> UInt32 {
        switch kind {
        case .word: 0
        case .number: 1
        case .alphanumeric: 2
        case .url: 3
        case .email: 4
        case .handle: 5
        case .hashtag: 6
        case .path: 7
        case .code: 8
        }
    }

    public var range: Range<Int> {
        get { Int(start)..<(Int(start) + Int(lengthAndKind & Self.lengthMask)) }
        set {
            start = Int32(newValue.lowerBound)
            lengthAndKind = lengthAndKind & ~Self.lengthMask | UInt32(newValue.count) & Self.lengthMask
        }
    }

    public var kind: TokenKind {
        get { Self.kinds[Int(lengthAndKind >> Self.lengthBits)] }
        set { lengthAndKind = lengthAndKind & Self.lengthMask | Self.code(newValue) << Self.lengthBits }
    }

    public init(range: Range<Int>, text: String, kind: TokenKind) {
        self.start = Int32(range.lowerBound)
        self.lengthAndKind = UInt32(range.count) & Self.lengthMask | Self.code(kind) << Self.lengthBits
        self.text = text
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
