import CopydeskCore
import CopydeskReporters

/// Byte offsets in UTF-8 text turned into UTF-16 code units, the unit JavaScript editors and LanguageTool
/// clients index by (an emoji is 4 bytes and 2 units; `é` 2 bytes and 1 unit).
enum UTF16Offsets {
    /// The UTF-16 offset of each byte offset in `utf8`, in one pass over the text (offsets in any order).
    /// An offset inside a multi-byte character counts the character as begun.
    static func convert(_ offsets: [Int], in utf8: [UInt8]) -> [Int] {
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var out = [Int](repeating: 0, count: offsets.count)
        var byte = 0
        var units = 0
        for index in order {
            let target = min(max(0, offsets[index]), utf8.count)
            while byte < target {
                let lead = utf8[byte]
                let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                units += width == 4 ? 2 : 1
                byte += width
            }
            out[index] = units
        }
        return out
    }

    /// Each finding's span in UTF-16 units of the text as sent; `shift` counts a byte-order mark the decoder removed.
    static func spans(_ findings: [Finding], in utf8: [UInt8], shift: Int = 0) -> [UTF16Span] {
        let positions = UTF16Offsets.convert(findings.flatMap { [$0.start, $0.end] }, in: utf8)
        return findings.indices.map { i in
            UTF16Span(offset: positions[2 * i] + shift, length: positions[2 * i + 1] - positions[2 * i])
        }
    }
}
