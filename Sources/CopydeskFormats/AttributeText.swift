import CopydeskCore

/// An attribute value read from the source: entities decoded, each piece mapped back.
struct AttributeText {
    var text: String
    var segments: [MatchedSegment]

    init(_ bytes: [UInt8], _ range: Range<Int>) {
        var segments: [MatchedSegment] = []
        var decoded: [UInt8] = []
        var index = range.lowerBound
        var runStart = index
        func flush(_ end: Int) {
            if end > runStart {
                segments.append(MatchedSegment(text: Array(bytes[runStart..<end]), sourceStart: runStart,
                                               sourceLength: end - runStart, verbatim: true))
                decoded.append(contentsOf: bytes[runStart..<end])
            }
        }
        while index < range.upperBound {
            if bytes[index] == UInt8(ascii: "&"), let ref = CharacterReference.parse(bytes, at: index, limit: range.upperBound),
               let value = ref.value {
                flush(index)
                segments.append(MatchedSegment(text: value, sourceStart: index, sourceLength: ref.length, verbatim: false))
                decoded.append(contentsOf: value)
                index += ref.length
                runStart = index
            } else {
                index += 1
            }
        }
        flush(range.upperBound)
        self.text = String(decoding: decoded, as: UTF8.self)
        self.segments = segments
    }

    /// An `.altText` block for the value, or nil when it is blank.
    func block(inBlockQuote: Bool) -> Block? {
        guard text.contains(where: { !$0.isWhitespace }) else { return nil }
        var builder = BlockBuilder()
        builder.append(segments)
        return builder.build(kind: .altText, inBlockQuote: inBlockQuote)
    }
}
