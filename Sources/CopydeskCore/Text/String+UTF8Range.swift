extension String {
    /// The part of the string in a UTF-8 range (clamped to it), read from the string's own buffer: a block may be
    /// a whole article on one line, and copying its bytes into an array for each quote costs its size each time.
    public func utf8Text(in range: Range<Int>) -> String {
        var text = self
        return text.withUTF8 { bytes in
            String(decoding: UnsafeBufferPointer(rebasing: bytes[Self.clamp(range, bytes.count)]), as: UTF8.self)
        }
    }

    /// Whether every byte in a UTF-8 range (clamped to the string) satisfies `predicate`; true for an empty range.
    public func utf8AllSatisfy(in range: Range<Int>, _ predicate: (UInt8) -> Bool) -> Bool {
        var text = self
        return text.withUTF8 { bytes in bytes[Self.clamp(range, bytes.count)].allSatisfy(predicate) }
    }

    private static func clamp(_ range: Range<Int>, _ count: Int) -> Range<Int> {
        let lower = Swift.max(0, Swift.min(range.lowerBound, count))
        return lower..<Swift.max(lower, Swift.min(range.upperBound, count))
    }
}
