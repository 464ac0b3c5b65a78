/// Quoted speech in a block's text: UTF-8 ranges from an opening double quote to its closing one.
/// A quote still open at the end of the block runs to the end (news paragraphs often leave a quote open
/// when it goes on in the next paragraph).
enum QuoteSpans {
    static func find(in text: String) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var open: Int?
        var offset = 0
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            switch scalar {
            case "\u{201C}", "\u{201E}", "\u{00AB}":
                if open == nil { open = offset }
            case "\u{201D}", "\u{00BB}":
                if let start = open { spans.append(start..<(offset + width)); open = nil }
            case "\"":
                if let start = open {
                    spans.append(start..<(offset + width))
                    open = nil
                } else if previous.isSpaceLike || "([{\u{2014}\u{2013}-:".unicodeScalars.contains(previous) || offset == 0 {
                    open = offset
                }
            default:
                break
            }
            previous = scalar
            offset += width
        }
        if let start = open { spans.append(start..<offset) }
        return spans
    }
}
