import CopydeskCore

extension MarkdownWalker {
    /// Raw inline HTML: comments are collected, `<img>` gives alt text, `<a>` links, `<br>` a line break.
    mutating func htmlInline(_ literal: [UInt8]) {
        if literal.starts(with: [0x3C, 0x21, 0x2D, 0x2D]) {
            if let range = SourceTag.comment(in: bytes, from: cursor, limit: bytes.count) {
                comments.append(Comment(text: SourceTag.commentText(bytes, range), sourceRange: range))
                cursor = range.upperBound
                if cursor > limit { limit = source.range(ofLine: source.line(at: cursor)).upperBound }
            }
            return
        }
        let firstLine = Array(literal.prefix { $0 != 0x0A && $0 != 0x0D })
        guard let start = SourceTag.find(firstLine, in: bytes, from: cursor, limit: bytes.count),
              let tag = SourceTag.read(bytes, at: start, limit: bytes.count) else { return }
        cursor = tag.range.upperBound
        if cursor > limit { limit = source.range(ofLine: source.line(at: cursor)).upperBound }
        switch (tag.name, tag.isClosing) {
        case ("img", false):
            image(tag, placeholder: true)
        case ("br", false):
            note(" ")
            emitMapped("\n", tag.range)
        case ("code", false), ("kbd", false), ("samp", false):
            if rawCodeStart == nil { rawCodeStart = tag.range.lowerBound }
        case ("code", true), ("kbd", true), ("samp", true):
            guard let start = rawCodeStart else { return }
            rawCodeStart = nil
            emitMapped(String(Block.placeholder), start..<max(start, tag.range.upperBound))
        case ("a", false) where tag.attribute("href") != nil:
            openHTMLLinks.append(htmlLink(tag))
        case ("a", true):
            guard var open = openHTMLLinks.popLast() else { return }
            open.text = open.text.trimmingSpaces
            links.append(Link(text: open.text, destination: open.destination, title: open.title.isEmpty ? nil : open.title,
                              sourceRange: open.start..<max(open.start, tag.range.upperBound), opensNewWindow: open.opensNewWindow))
        default:
            break
        }
        if tag.name != "img", !tag.isClosing, let title = tag.attribute("title") ?? nil,
           let block = AttributeText(bytes, title).block(inBlockQuote: inBlockQuote) {
            pendingBlocks.append(block)
        }
    }

    private func htmlLink(_ tag: SourceTag) -> OpenLink {
        func value(_ name: String) -> String {
            guard let range = tag.attribute(name) ?? nil else { return "" }
            return AttributeText(bytes, range).text
        }
        var link = OpenLink(start: tag.range.lowerBound, destination: value("href"), title: value("title"))
        link.opensNewWindow = value("target").lowercased() == "_blank"
        return link
    }

    /// Records an `<img>` tag: its image, and alt and title text as `.altText` blocks.
    mutating func image(_ tag: SourceTag, placeholder: Bool) {
        let alt = (tag.attribute("alt") ?? nil).map { AttributeText(bytes, $0) }
        let present = tag.attribute("alt") != nil
        let sourceValue = (tag.attribute("src") ?? nil).map { AttributeText(bytes, $0).text } ?? ""
        images.append(Image(alt: present ? (alt?.text ?? "") : nil, source: sourceValue, sourceRange: tag.range))
        note(alt?.text ?? "")
        if let block = alt?.block(inBlockQuote: inBlockQuote) { pendingBlocks.append(block) }
        if let title = tag.attribute("title") ?? nil, let block = AttributeText(bytes, title).block(inBlockQuote: inBlockQuote) {
            pendingBlocks.append(block)
        }
        if placeholder { emitMapped(String(Block.placeholder), tag.range) }
    }

    /// An HTML block: read as HTML (prose, comments, images, links, tables) against its source lines.
    mutating func htmlBlock(_ node: MarkdownNode) {
        guard node.startLine > 0 else { return }
        let start = max(source.offset(ofLine: node.startLine), cursor)
        // cmark may report the line before a closing `-->` as the end: count the literal's lines instead.
        let literalLines = node.literal.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        let endLine = max(node.endLine, node.startLine + literalLines - 1)
        let end = source.range(ofLine: min(endLine, source.lineCount)).upperBound
        var html = HTMLWalker(source: source, input: node.literal, base: start, limit: end, quoted: inBlockQuote)
        html.run()
        blocks.append(contentsOf: html.blocks)
        links.append(contentsOf: html.links)
        images.append(contentsOf: html.images)
        comments.append(contentsOf: html.comments)
        tables.append(contentsOf: html.tables)
        emptyHeadings.append(contentsOf: html.emptyHeadings)
        cursor = end
    }
}
