/// Where a very large Markdown file can be cut into sections that cmark parses one at a time.
///
/// cmark holds its whole tree and a copy of every literal until the document is finished: about eight bytes per
/// input byte (386 MB for a 50 MB article). Parsed in sections of about a megabyte, the tree never grows past one
/// section. A cut goes only where CommonMark starts afresh anyway: after a blank line, before a line that starts
/// at the left margin, outside fenced code and outside the HTML blocks that may hold blank lines (`<script>`,
/// `<pre>`, `<style>`, `<textarea>`, comments, processing instructions, declarations, CDATA). Link reference
/// definitions apply to the whole document, so every definition line is given to every section (after its text,
/// where nothing it produces is read). Files below `threshold` are parsed whole, as before.
enum MarkdownSections {
    static let threshold = 4 << 20
    static let sectionSize = 1 << 20

    struct Plan {
        /// Byte ranges of the sections, each starting at a line start; together they cover the input.
        var sections: [Range<Int>]
        /// Lines that look like link reference definitions, each ending in a line break.
        var definitions: [UInt8]
        /// The last section ends outside fenced code and raw HTML, so definitions can follow it.
        var endsClean: Bool
    }

    static func plan(_ input: [UInt8], sectionSize: Int = sectionSize, threshold: Int = threshold) -> Plan {
        guard input.count >= threshold else { return Plan(sections: [0..<input.count], definitions: [], endsClean: true) }
        var sections: [Range<Int>] = []
        var definitions: [UInt8] = []
        var sectionStart = 0
        var state = State.normal
        var previousBlank = false
        var lineStart = 0
        while lineStart < input.count {
            // Lines end as cmark ends them: LF, CRLF or a lone CR.
            var lineEnd = lineStart
            while lineEnd < input.count, input[lineEnd] != 0x0A, input[lineEnd] != 0x0D { lineEnd += 1 }
            let next = lineEnd + (lineEnd + 1 < input.count && input[lineEnd] == 0x0D && input[lineEnd + 1] == 0x0A ? 2 : 1)
            let line = input[lineStart..<lineEnd]
            let blank = line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            if case .normal = state, previousBlank, !blank, let first = line.first, first != 0x20, first != 0x09,
               lineStart - sectionStart >= sectionSize {
                sections.append(sectionStart..<lineStart)
                sectionStart = lineStart
            }
            state = state.after(line)
            if case .normal = state, isDefinition(line) { definitions += line + [0x0A] }
            previousBlank = blank
            lineStart = next
        }
        sections.append(sectionStart..<input.count)
        if case .normal = state { return Plan(sections: sections, definitions: definitions, endsClean: true) }
        return Plan(sections: sections, definitions: definitions, endsClean: false)
    }

    /// Inside fenced code (its character and length) or a raw HTML block that ends with a marker.
    enum State {
        case normal
        case fence(UInt8, Int)
        case html([UInt8])

        func after(_ line: ArraySlice<UInt8>) -> State {
            let trimmed = MarkdownSections.indented(line)
            switch self {
            case .fence(let mark, let length):
                guard let trimmed else { return self }
                let run = trimmed.prefix { $0 == mark }.count
                let rest = trimmed.dropFirst(run)
                return run >= length && rest.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) ? .normal : self
            case .html(let end):
                return MarkdownSections.contains(line, end, caseInsensitive: true) ? .normal : self
            case .normal:
                guard let trimmed, let first = trimmed.first else { return self }
                if first == 0x60 || first == 0x7E {
                    let run = trimmed.prefix { $0 == first }.count
                    if run >= 3, first == 0x7E || !trimmed.dropFirst(run).contains(0x60) { return .fence(first, run) }
                    return self
                }
                guard first == 0x3C, let end = MarkdownSections.htmlEnd(trimmed) else { return self }
                // The end marker may close the block on its first line.
                return MarkdownSections.contains(trimmed.dropFirst(), end, caseInsensitive: true) ? .normal : .html(end)
            }
        }
    }

    /// The line without up to three leading spaces; nil when indented four or more (indented code).
    static func indented(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        let spaces = line.prefix { $0 == 0x20 }.count
        return spaces <= 3 ? line.dropFirst(spaces) : nil
    }

    /// The end marker of an HTML block of kinds 1 to 5 that `line` (starting with `<`) opens.
    static func htmlEnd(_ line: ArraySlice<UInt8>) -> [UInt8]? {
        let lower = line.prefix(12).map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
        for name in ["script", "pre", "style", "textarea"] {
            let open = Array("<\(name)".utf8)
            guard lower.starts(with: open) else { continue }
            let next = lower.count > open.count ? lower[open.count] : 0x0A
            // Whitespace as CommonMark counts it (space, tab, line tabulation, form feed, line endings) or `>`.
            if [0x20, 0x09, 0x0B, 0x0C, 0x0A, 0x0D, 0x3E].contains(next) { return Array("</\(name)>".utf8) }
        }
        if lower.starts(with: Array("<!--".utf8)) { return Array("-->".utf8) }
        if lower.starts(with: Array("<?".utf8)) { return Array("?>".utf8) }
        if lower.starts(with: Array("<![cdata[".utf8)) { return Array("]]>".utf8) }
        if lower.count > 2, lower[1] == 0x21, lower[2] &- 0x61 < 26 { return [0x3E] }
        return nil
    }

    static func contains(_ line: ArraySlice<UInt8>, _ needle: [UInt8], caseInsensitive: Bool) -> Bool {
        guard line.count >= needle.count else { return false }
        let bytes = Array(line)
        for start in 0...(bytes.count - needle.count) {
            var k = 0
            while k < needle.count {
                let b = bytes[start + k]
                let folded = caseInsensitive && b &- 0x41 < 26 ? b | 0x20 : b
                if folded != needle[k] { break }
                k += 1
            }
            if k == needle.count { return true }
        }
        return false
    }

    /// `[label]: destination` at the left margin (up to three spaces in).
    static func isDefinition(_ line: ArraySlice<UInt8>) -> Bool {
        guard let trimmed = indented(line), trimmed.first == 0x5B,
              let close = trimmed.firstIndex(of: 0x5D), close > trimmed.startIndex + 1 else { return false }
        let after = trimmed[(close + 1)...]
        guard after.first == 0x3A else { return false }
        return after.dropFirst().contains { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }
    }
}
