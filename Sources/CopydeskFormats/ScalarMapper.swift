import CopydeskCore

/// How a front-matter string is written in the source, which decides how its bytes map.
enum ScalarStyle {
    /// YAML plain scalar: lines fold into spaces.
    case plain
    /// YAML single-quoted: `''` reads `'`.
    case singleQuoted
    /// YAML or TOML double-quoted: backslash escapes.
    case doubleQuoted
    /// YAML `|` or `>` block scalar, starting on the next line.
    case block
    /// TOML literal string: no escapes.
    case raw
}

/// Maps a front-matter string value back to its source bytes.
enum ScalarMapper {
    /// Segments for `value` whose first character is at `start` (after any opening quote).
    static func segments(for value: String, style: ScalarStyle, source: [UInt8], start: Int, limit: Int) -> [MatchedSegment] {
        let text = Array(value.utf8)
        var segments: [MatchedSegment] = []
        var i = 0
        var j = start
        func add(_ range: Range<Int>, _ sourceStart: Int, _ length: Int, _ verbatim: Bool) {
            if verbatim, let last = segments.last, last.verbatim, last.sourceStart + last.sourceLength == sourceStart {
                segments[segments.count - 1].text.append(contentsOf: text[range])
                segments[segments.count - 1].sourceLength += length
            } else {
                segments.append(MatchedSegment(text: Array(text[range]), sourceStart: sourceStart, sourceLength: length, verbatim: verbatim))
            }
        }
        while i < text.count, j < limit {
            let byte = source[j]
            if style == .singleQuoted, byte == UInt8(ascii: "'"), j + 1 < limit, source[j + 1] == byte, text[i] == byte {
                add(i..<(i + 1), j, 2, false)
                i += 1
                j += 2
                continue
            }
            if style == .doubleQuoted, byte == UInt8(ascii: "\\"), j + 1 < limit {
                let next = source[j + 1]
                if next == 0x0A || next == 0x0D {
                    j += 1
                    while j < limit, LiteralMatcher.isSpace(source[j]) { j += 1 }
                    continue
                }
                let length = next == UInt8(ascii: "x") ? 4 : next == UInt8(ascii: "u") ? 6 : next == UInt8(ascii: "U") ? 10 : 2
                let width = min(LiteralMatcher.scalarWidth(text[i]), text.count - i)
                add(i..<(i + width), j, min(length, limit - j), false)
                i += width
                j += length
                continue
            }
            if LiteralMatcher.isSpace(byte), let run = lineBreakRun(source, j, limit) {
                var i2 = i
                while i2 < text.count, text[i2] == 0x20 || text[i2] == 0x0A || text[i2] == 0x09 { i2 += 1 }
                if i2 > i { add(i..<i2, j, run - j, false) }
                i = i2
                j = run
                continue
            }
            guard byte == text[i] else { break }
            add(i..<(i + 1), j, 1, true)
            i += 1
            j += 1
        }
        if i < text.count {
            // The rest could not be followed byte for byte: it maps as a whole to the rest of the line.
            let from = min(j, limit)
            var end = from
            while end < limit, source[end] != 0x0A, source[end] != 0x0D { end += 1 }
            add(i..<text.count, from, max(end - from, 0), false)
        }
        return segments
    }

    /// The end of a white-space run at `start` when it holds a line break.
    private static func lineBreakRun(_ source: [UInt8], _ start: Int, _ limit: Int) -> Int? {
        var end = start
        var sawBreak = false
        while end < limit, LiteralMatcher.isSpace(source[end]) {
            if source[end] == 0x0A { sawBreak = true }
            end += 1
        }
        return sawBreak ? end : nil
    }

    /// Byte offset of a 1-based line and a 1-based column counted in Unicode scalars.
    static func offset(line: Int, column: Int, in source: SourceText) -> Int {
        var offset = source.offset(ofLine: line)
        var remaining = column - 1
        let bytes = source.utf8
        while remaining > 0, offset < bytes.count, bytes[offset] != 0x0A {
            offset += 1
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            remaining -= 1
        }
        return offset
    }
}
