/// The decoded text of one file as UTF-8 bytes, with a map from byte offsets to line and column.
///
/// Lines end at `\n`, `\r\n` or a lone `\r` (old Mac files); columns count Unicode code points,
/// which are the same whether the file was stored as UTF-8 or UTF-16.
public struct SourceText: Sendable {
    public let utf8: [UInt8]
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]
    /// Code points that start before each multiple of `checkpointStride` bytes, so a column on a very long
    /// line is found in constant time rather than by counting from the line start.
    private let scalarCheckpoints: [Int]
    private static let checkpointStride = 1024

    public init(utf8: [UInt8]) {
        self.utf8 = utf8
        var starts = [0]
        starts.reserveCapacity(utf8.count / 40 + 1)
        var checkpoints: [Int] = []
        checkpoints.reserveCapacity(utf8.count / Self.checkpointStride + 1)
        var scalars = 0
        for (i, byte) in utf8.enumerated() {
            if i % Self.checkpointStride == 0 { checkpoints.append(scalars) }
            if byte & 0xC0 != 0x80 { scalars += 1 }
            // A line ends at LF, CRLF or a lone CR, as CommonMark, cmark and editors count lines.
            if byte == 0x0A || byte == 0x0D && (i + 1 == utf8.count || utf8[i + 1] != 0x0A) { starts.append(i + 1) }
        }
        if utf8.count % Self.checkpointStride == 0 { checkpoints.append(scalars) }
        self.lineStarts = starts
        self.scalarCheckpoints = checkpoints
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
        let column = scalarsBefore(clamped) - scalarsBefore(lineStarts[line - 1]) + 1
        return SourceLocation(line: line, column: column)
    }

    /// Code points that start before byte `offset` (at most one stride of bytes counted).
    private func scalarsBefore(_ offset: Int) -> Int {
        let slot = offset / Self.checkpointStride
        guard slot < scalarCheckpoints.count else { return scalarCheckpoints.last ?? 0 }
        var count = scalarCheckpoints[slot]
        var i = slot * Self.checkpointStride
        // A stride of plain ASCII (as many code points as bytes) needs no counting.
        if slot + 1 < scalarCheckpoints.count, scalarCheckpoints[slot + 1] - count == Self.checkpointStride {
            return count + offset - i
        }
        while i < offset {
            if utf8[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
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
