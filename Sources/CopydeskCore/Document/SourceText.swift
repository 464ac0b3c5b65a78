/// The decoded text of one file as UTF-8 bytes, with a map from byte offsets to line and column.
///
/// Lines are counted at `\n` (so CRLF files count right); columns count Unicode code points,
/// which are the same whether the file was stored as UTF-8 or UTF-16.
public struct SourceText: Sendable {
    public let utf8: [UInt8]
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]

    public init(utf8: [UInt8]) {
        self.utf8 = utf8
        var starts = [0]
        starts.reserveCapacity(utf8.count / 40 + 1)
        for (i, byte) in utf8.enumerated() where byte == 0x0A {
            starts.append(i + 1)
        }
        self.lineStarts = starts
    }

    public init(_ string: String) {
        self.init(utf8: Array(string.utf8))
    }

    public var count: Int { utf8.count }
    public var lineCount: Int { lineStarts.count }

    /// 1-based line holding the byte at `offset` (an offset equal to `count` is on the last line).
    public func line(at offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// 1-based line and code-point column of the byte at `offset`.
    public func location(at offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, utf8.count))
        let line = line(at: clamped)
        var column = 1
        var i = lineStarts[line - 1]
        while i < clamped {
            if utf8[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourceLocation(line: line, column: column)
    }

    /// Byte offset of a 1-based line's start.
    public func offset(ofLine line: Int) -> Int {
        if line <= 1 { return 0 }
        if line > lineStarts.count { return utf8.count }
        return lineStarts[line - 1]
    }

    /// Byte range of a 1-based line without its line terminator.
    public func range(ofLine line: Int) -> Range<Int> {
        let start = offset(ofLine: line)
        var end = line < lineStarts.count ? lineStarts[line] - 1 : utf8.count
        if end > start, utf8[end - 1] == 0x0D { end -= 1 }
        return start..<max(start, end)
    }

    public func text(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, utf8.count))
        let upper = max(lower, min(range.upperBound, utf8.count))
        return String(decoding: utf8[lower..<upper], as: UTF8.self)
    }

    public var string: String { String(decoding: utf8, as: UTF8.self) }
}
