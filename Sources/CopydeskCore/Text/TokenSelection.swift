/// Some of a block's tokens (its words, say), in order, read in place: what `filter` returns, without the copy.
///
/// A one-paragraph article is one block with millions of tokens, and a filtered array of them would hold a second
/// copy at 32 bytes a token; a selection holds a 4-byte position for each token it keeps.
public struct TokenSelection: RandomAccessCollection, Sendable {
    private let tokens: [Token]
    private let positions: [Int32]

    public init(_ tokens: [Token], where isIncluded: (Token) -> Bool) {
        var positions: [Int32] = []
        for (index, token) in tokens.enumerated() where isIncluded(token) { positions.append(Int32(index)) }
        self.tokens = tokens
        self.positions = positions
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { positions.count }
    public subscript(position: Int) -> Token { tokens[Int(positions[position])] }
}

extension Array where Element == Token {
    /// The tokens that pass `isIncluded`, in order, without copying them (see `TokenSelection`).
    public func selecting(_ isIncluded: (Token) -> Bool) -> TokenSelection {
        TokenSelection(self, where: isIncluded)
    }
}
