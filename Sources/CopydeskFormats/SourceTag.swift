/// An HTML tag as written in the source: its name, byte range and where each attribute value sits.
struct SourceTag {
    var name: String
    var range: Range<Int>
    var isClosing: Bool
    /// Attribute names (lower-cased) with the byte range of their value (inside the quotes);
    /// nil for an attribute written without a value.
    var attributes: [(name: String, value: Range<Int>?)]

    /// The value range of an attribute: `.some(nil)` when present without a value, nil when absent.
    func attribute(_ name: String) -> Range<Int>?? {
        for attribute in attributes where attribute.name == name { return .some(attribute.value) }
        return nil
    }

    /// Reads the tag that starts with `<` at `start`, or nil when none does.
    static func read(_ bytes: [UInt8], at start: Int, limit: Int) -> SourceTag? {
        guard start + 1 < limit, bytes[start] == UInt8(ascii: "<") else { return nil }
        var index = start + 1
        let closing = bytes[index] == UInt8(ascii: "/")
        if closing { index += 1 }
        let nameStart = index
        while index < limit, CharacterReference.isAlphanumeric(bytes[index]) || bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index > nameStart, CharacterReference.isLetter(bytes[nameStart]) else { return nil }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
        var attributes: [(name: String, value: Range<Int>?)] = []
        while index < limit {
            while index < limit, LiteralMatcher.isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") { index += 1 }
            guard index < limit else { return nil }
            if bytes[index] == UInt8(ascii: ">") {
                return SourceTag(name: name, range: start..<(index + 1), isClosing: closing, attributes: attributes)
            }
            let attrStart = index
            while index < limit, !LiteralMatcher.isSpace(bytes[index]),
                  ![UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "/")].contains(bytes[index]) { index += 1 }
            if index == attrStart { index += 1; continue }
            let attrName = String(decoding: bytes[attrStart..<index], as: UTF8.self).lowercased()
            var probe = index
            while probe < limit, LiteralMatcher.isSpace(bytes[probe]) { probe += 1 }
            guard probe < limit, bytes[probe] == UInt8(ascii: "=") else {
                attributes.append((attrName, nil))
                continue
            }
            index = probe + 1
            while index < limit, LiteralMatcher.isSpace(bytes[index]) { index += 1 }
            guard index < limit else { return nil }
            let quote = bytes[index]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                let valueStart = index + 1
                index = valueStart
                while index < limit, bytes[index] != quote { index += 1 }
                guard index < limit else { return nil }
                attributes.append((attrName, valueStart..<index))
                index += 1
            } else {
                let valueStart = index
                while index < limit, !LiteralMatcher.isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                attributes.append((attrName, valueStart..<index))
            }
        }
        return nil
    }

    /// The next opening tag called `name` at or after `start`, looking no further than `window` bytes.
    static func next(_ name: String, in bytes: [UInt8], from start: Int, limit: Int, window: Int = 65_536) -> SourceTag? {
        var index = start
        let stop = min(limit, start + window)
        let first = name.utf8.first.map { $0 | 0x20 }
        while index < stop {
            if bytes[index] == UInt8(ascii: "<"), index + 1 < limit, bytes[index + 1] | 0x20 == first,
               let tag = read(bytes, at: index, limit: limit), tag.name == name, !tag.isClosing {
                return tag
            }
            index += 1
        }
        return nil
    }

    /// The opening tag called `name` that comes next after `start`, with nothing but white space,
    /// other tags and comments before it; nil when text comes first (libxml2 made the element up).
    static func adjacent(_ name: String, in bytes: [UInt8], from start: Int, limit: Int) -> SourceTag? {
        var index = start
        while index < limit {
            let byte = bytes[index]
            if LiteralMatcher.isSpace(byte) { index += 1; continue }
            guard byte == UInt8(ascii: "<") else { return nil }
            if index + 3 < limit, bytes[index + 1] == UInt8(ascii: "!") {
                if let comment = comment(in: bytes, from: index, limit: limit, window: 1) {
                    index = comment.upperBound
                } else {
                    index = (find([UInt8(ascii: ">")], in: bytes, from: index, limit: limit) ?? limit - 1) + 1
                }
                continue
            }
            guard let tag = read(bytes, at: index, limit: limit) else { return nil }
            if tag.name == name, !tag.isClosing { return tag }
            index = tag.range.upperBound
        }
        return nil
    }

    /// Every comment in a range, in order.
    static func comments(in bytes: [UInt8], from start: Int, limit: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = start
        while let range = comment(in: bytes, from: index, limit: limit, window: limit - index) {
            result.append(range)
            index = range.upperBound
        }
        return result
    }

    /// The byte range of the comment that starts with `<!--` at or after `start`.
    static func comment(in bytes: [UInt8], from start: Int, limit: Int, window: Int = 65_536) -> Range<Int>? {
        guard let open = find([0x3C, 0x21, 0x2D, 0x2D], in: bytes, from: start, limit: min(limit, start + window + 3)) else { return nil }
        guard let close = find([0x2D, 0x2D, 0x3E], in: bytes, from: open + 4, limit: limit) else { return open..<limit }
        return open..<(close + 3)
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int, limit: Int) -> Int? {
        guard !needle.isEmpty, limit - start >= needle.count else { return nil }
        var index = start
        while index + needle.count <= limit {
            if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// A comment's inner text, trimmed.
    static func commentText(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        var lower = range.lowerBound + 4
        var upper = range.upperBound
        if upper - lower >= 3, bytes[(upper - 3)..<upper].elementsEqual([0x2D, 0x2D, 0x3E]) { upper -= 3 }
        while lower < upper, LiteralMatcher.isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, LiteralMatcher.isSpace(bytes[upper - 1]) { upper -= 1 }
        return String(decoding: bytes[lower..<max(lower, upper)], as: UTF8.self)
    }
}
