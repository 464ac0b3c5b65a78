import CopydeskCore

extension MarkdownWalker {
    mutating func enterInline(_ node: MarkdownNode) -> Decision {
        switch node.type {
        case "text": text(node.literal)
        case "softbreak", "linebreak": lineBreak(hard: node.type == "linebreak")
        case "code": codeSpan(node.literal)
        case "html_inline": htmlInline(node.literal)
        case "link":
            if isAutolink(node) {
                autolink(node)
                return .skipChildren
            }
            let start = find([UInt8(ascii: "[")]) ?? cursor
            cursor = min(start + 1, limit)
            openLinks.append(OpenLink(start: start, destination: node.url, title: node.title))
        case "image":
            let start = find([UInt8(ascii: "!"), UInt8(ascii: "[")]) ?? cursor
            cursor = min(start + 2, limit)
            openImages.append(OpenImage(start: start, destination: node.url, title: node.title))
        default: break
        }
        return .descend
    }

    private func find(_ needle: [UInt8]) -> Int? {
        SourceTag.find(needle, in: bytes, from: cursor, limit: limit)
    }

    private mutating func text(_ literal: [UInt8]) {
        note(String(decoding: literal, as: UTF8.self))
        if let found = matcher.search(literal, from: cursor, limit: limit) {
            emit(found.segments)
            cursor = found.end
        } else {
            let found = matcher.align(literal, from: cursor, limit: limit) { $0 }
            emit(found.segments)
            cursor = found.end
        }
    }

    private mutating func lineBreak(hard: Bool) {
        note(" ")
        // The break's line ending: LF, CRLF or a lone CR (cmark counts all three).
        guard cursor < bytes.count, var newline = bytes[cursor...].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) else {
            emitMapped("\n", cursor..<cursor)
            return
        }
        if bytes[newline] == 0x0D, newline + 1 < bytes.count, bytes[newline + 1] == 0x0A { newline += 1 }
        var start = newline
        if start > cursor, bytes[newline] == 0x0A, bytes[start - 1] == 0x0D { start -= 1 }
        if hard {
            while start > cursor, bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09 { start -= 1 }
            if start > cursor, bytes[start - 1] == UInt8(ascii: "\\") { start -= 1 }
        }
        emitMapped("\n", start..<(newline + 1))
        cursor = newline + 1
        if newline + 1 > limit { limit = source.range(ofLine: source.line(at: newline + 1)).upperBound }
    }

    private mutating func codeSpan(_ literal: [UInt8]) {
        note(String(decoding: literal, as: UTF8.self))
        guard let open = find([UInt8(ascii: "`")]) else {
            emitMapped(String(Block.placeholder), cursor..<cursor)
            return
        }
        var run = open
        while run < limit, bytes[run] == UInt8(ascii: "`") { run += 1 }
        let width = run - open
        var index = run
        var end = limit
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "`") {
                var stop = index
                while stop < bytes.count, bytes[stop] == UInt8(ascii: "`") { stop += 1 }
                if stop - index == width { end = stop; break }
                index = stop
            } else {
                index += 1
            }
        }
        emitMapped(String(Block.placeholder), open..<end)
        cursor = end
        if end > limit { limit = source.range(ofLine: source.line(at: end)).upperBound }
    }

    private func isAutolink(_ node: MarkdownNode) -> Bool {
        let children = node.children
        guard children.count == 1, children[0].type == "text" else { return false }
        let text = String(decoding: children[0].literal, as: UTF8.self)
        let url = node.url
        guard url == text || url == "mailto:" + text || url == "http://" + text || url == "https://" + text else { return false }
        // `[http://x](http://x)` is an ordinary link whose text happens to be its address.
        let next = cursor < limit ? (SourceTag.find(children[0].literal, in: bytes, from: cursor, limit: limit) ?? cursor) : cursor
        return next == 0 || bytes[next - 1] != UInt8(ascii: "[")
    }

    private mutating func autolink(_ node: MarkdownNode) {
        let literal = node.firstChild?.literal ?? []
        let text = String(decoding: literal, as: UTF8.self)
        note(text)
        guard let start = SourceTag.find(literal, in: bytes, from: cursor, limit: limit) else {
            emitMapped(String(Block.placeholder), cursor..<cursor)
            return
        }
        var range = start..<(start + literal.count)
        if start > 0, bytes[start - 1] == UInt8(ascii: "<"), range.upperBound < limit, bytes[range.upperBound] == UInt8(ascii: ">") {
            range = (start - 1)..<(range.upperBound + 1)
        }
        emitMapped(String(Block.placeholder), range)
        links.append(Link(text: text, destination: node.url, sourceRange: range))
        cursor = range.upperBound
    }

    mutating func exitLink(_ node: MarkdownNode) {
        guard let open = openLinks.popLast() else { return }
        // Never before the opening bracket: on tangled raw HTML the cursor can stop short of it (fuzzing found one).
        let end = max(skipLinkTail(), open.start)
        links.append(Link(text: open.text, destination: open.destination, title: open.title.isEmpty ? nil : open.title,
                          sourceRange: open.start..<end))
        cursor = end
    }

    mutating func exitImage(_ node: MarkdownNode) {
        guard let open = openImages.popLast() else { return }
        let tailStart = cursor
        let end = max(skipLinkTail(), open.start)
        if !open.alt.isEmpty {
            pendingBlocks.append(open.alt.build(kind: .altText, inBlockQuote: inBlockQuote))
        }
        if !open.title.isEmpty, let found = matcher.search(Array(open.title.utf8), from: tailStart, limit: end) {
            var builder = BlockBuilder()
            builder.append(found.segments)
            pendingBlocks.append(builder.build(kind: .altText, inBlockQuote: inBlockQuote))
        }
        images.append(Image(alt: open.altText, source: open.destination, sourceRange: open.start..<end))
        cursor = end
        emitMapped(String(Block.placeholder), open.start..<end)
    }

    /// Steps over `](destination "title")`, `][label]` or `]` after a link's text.
    private func skipLinkTail() -> Int {
        var index = cursor
        let stop = bytes.count
        while index < stop, bytes[index] != UInt8(ascii: "]") {
            index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
        }
        guard index < stop else { return cursor }
        index += 1
        guard index < stop else { return index }
        if bytes[index] == UInt8(ascii: "[") {
            return (SourceTag.find([UInt8(ascii: "]")], in: bytes, from: index, limit: stop) ?? index) + 1
        }
        guard bytes[index] == UInt8(ascii: "(") else { return index }
        var depth = 0
        var quote: UInt8?
        while index < stop {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") { index += 2; continue }
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || (byte == UInt8(ascii: "'") && LiteralMatcher.isSpace(bytes[index - 1])) {
                quote = byte
            } else if byte == UInt8(ascii: "(") {
                depth += 1
            } else if byte == UInt8(ascii: ")") {
                depth -= 1
                if depth == 0 { return index + 1 }
            }
            index += 1
        }
        return min(index, stop)
    }
}
