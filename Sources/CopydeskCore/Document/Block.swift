/// A stretch of a block's text and the source bytes it came from.
public struct Piece: Sendable, Hashable {
    /// UTF-8 offset in the block's text.
    public var textStart: Int
    public var textLength: Int
    /// Byte offset in the source.
    public var sourceStart: Int
    public var sourceLength: Int
    /// True when text and source bytes are the same, byte for byte (so offsets map one to one).
    /// False for decoded entities, soft breaks and placeholders: the piece maps as a whole.
    public var verbatim: Bool

    public init(textStart: Int, textLength: Int, sourceStart: Int, sourceLength: Int, verbatim: Bool) {
        self.textStart = textStart
        self.textLength = textLength
        self.sourceStart = sourceStart
        self.sourceLength = sourceLength
        self.verbatim = verbatim
    }

    public var textEnd: Int { textStart + textLength }
    public var sourceEnd: Int { sourceStart + sourceLength }
}

/// What a block of prose is in the article.
public enum BlockKind: String, Codable, Sendable, Hashable {
    /// A prose field of the front matter (`title`, `description`, `summary`, `subtitle`).
    case frontMatter
    case heading
    case paragraph
    case listItem
    case tableCell
    /// Image alt text, or a `title` attribute.
    case altText
    case caption
}

/// One unit of prose: a heading, a paragraph, a list item's text, a table cell, an alt text.
///
/// `text` is what a reader sees (entities decoded, markup removed, code replaced by U+FFFC);
/// `pieces` map every byte of it back to the source.
public struct Block: Sendable {
    /// The placeholder that stands for inline code or other skipped inline content.
    public static let placeholder: Character = "\u{FFFC}"

    public var kind: BlockKind
    /// Heading level 1...6; 0 for other blocks.
    public var level: Int
    /// Front-matter field name for `.frontMatter` blocks.
    public var field: String?
    /// Inside a block quote.
    public var inBlockQuote: Bool
    public var text: String
    public var pieces: [Piece]
    /// The whole block's source byte range.
    public var sourceRange: Range<Int>

    public init(
        kind: BlockKind, level: Int = 0, field: String? = nil, inBlockQuote: Bool = false,
        text: String, pieces: [Piece], sourceRange: Range<Int>
    ) {
        self.kind = kind
        self.level = level
        self.field = field
        self.inBlockQuote = inBlockQuote
        self.text = text
        self.pieces = pieces
        self.sourceRange = sourceRange
    }

    /// Source byte offset of a UTF-8 offset in `text`. `isEnd` picks the end of a non-verbatim piece.
    public func sourceOffset(ofTextOffset offset: Int, isEnd: Bool = false) -> Int {
        guard !pieces.isEmpty else { return sourceRange.lowerBound }
        var low = 0
        var high = pieces.count - 1
        // The last piece whose textStart <= offset (for an end offset, < offset).
        while low < high {
            let mid = (low + high + 1) / 2
            let start = pieces[mid].textStart
            if isEnd ? start < offset : start <= offset { low = mid } else { high = mid - 1 }
        }
        let piece = pieces[low]
        if piece.verbatim {
            let delta = max(0, min(offset - piece.textStart, piece.sourceLength))
            return piece.sourceStart + delta
        }
        if isEnd { return offset <= piece.textStart ? piece.sourceStart : piece.sourceEnd }
        return offset >= piece.textEnd ? piece.sourceEnd : piece.sourceStart
    }

    /// Source byte range of a UTF-8 range of `text`.
    public func sourceRange(ofText range: Range<Int>) -> Range<Int> {
        let start = sourceOffset(ofTextOffset: range.lowerBound)
        let end = sourceOffset(ofTextOffset: range.upperBound, isEnd: true)
        return start..<max(start, end)
    }

    /// The part of `text` in a UTF-8 range (clamped to the text), without copying the rest of it.
    public func text(in range: Range<Int>) -> String {
        text.utf8Text(in: range)
    }
}

/// Assembles a block's text and pieces while a front end walks its source.
public struct BlockBuilder {
    public private(set) var text = ""
    public private(set) var pieces: [Piece] = []
    private var length = 0

    public init() {}

    public var isEmpty: Bool { length == 0 }

    /// Text copied byte for byte from `sourceStart`.
    public mutating func appendVerbatim(_ string: String, sourceStart: Int) {
        append(string, sourceStart: sourceStart, sourceLength: string.utf8.count, verbatim: true)
    }

    /// Text that stands for a source range of a different length (an entity, a break, a placeholder).
    public mutating func appendMapped(_ string: String, sourceStart: Int, sourceLength: Int) {
        append(string, sourceStart: sourceStart, sourceLength: sourceLength, verbatim: false)
    }

    private mutating func append(_ string: String, sourceStart: Int, sourceLength: Int, verbatim: Bool) {
        let count = string.utf8.count
        guard count > 0 else { return }
        if verbatim, let last = pieces.last, last.verbatim, last.textEnd == length, last.sourceEnd == sourceStart {
            pieces[pieces.count - 1].textLength += count
            pieces[pieces.count - 1].sourceLength += count
        } else {
            pieces.append(Piece(textStart: length, textLength: count, sourceStart: sourceStart,
                                sourceLength: sourceLength, verbatim: verbatim))
        }
        text += string
        length += count
    }

    public func build(kind: BlockKind, level: Int = 0, field: String? = nil, inBlockQuote: Bool = false,
                      sourceRange: Range<Int>? = nil) -> Block {
        let range = sourceRange ?? {
            let lower = pieces.map(\.sourceStart).min() ?? 0
            let upper = pieces.map(\.sourceEnd).max() ?? lower
            return lower..<upper
        }()
        return Block(kind: kind, level: level, field: field, inBlockQuote: inBlockQuote,
                     text: Self.trimmed(text), pieces: pieces, sourceRange: range)
    }

    /// A large block's text without the spare room its growth left (up to half again its size): a one-paragraph
    /// article is one block, kept while the rules run. Small blocks are kept as they are.
    private static func trimmed(_ text: String) -> String {
        guard text.utf8.count > 1 << 16 else { return text }
        var exact = ""
        exact.reserveCapacity(text.utf8.count)
        exact.append(text)
        return exact
    }
}
