import CLibXML2
import CopydeskCore

extension HTMLWalker {
    /// Elements whose content is not prose.
    static let skipped: Set<String> = ["script", "style", "pre", "template", "noscript", "svg", "math", "textarea", "iframe", "object"]
    /// Inline elements whose text is code or keys: one placeholder each.
    static let codeLike: Set<String> = ["code", "kbd", "samp"]
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    /// Elements that start and end a block of text.
    static let blockLevel: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "td", "th", "figcaption", "caption", "blockquote",
        "div", "section", "article", "header", "footer", "main", "aside", "nav", "ul", "ol", "dl", "table", "thead",
        "tbody", "tfoot", "tr", "figure", "address", "details", "summary", "form", "fieldset", "legend", "hr", "body",
        "html", "title", "center", "hgroup", "option", "button", "label",
    ]

    /// Handles a node on the way down; returns whether to read its children.
    mutating func enter(_ node: xmlNodePtr) -> Bool {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            text(HTMLWalker.content(node))
            return false
        case XML_ELEMENT_NODE:
            return enterElement(node, HTMLWalker.name(node))
        default:
            return false
        }
    }

    private mutating func enterElement(_ node: xmlNodePtr, _ name: String) -> Bool {
        afterRawText = false
        if name == "html", let lang = HTMLWalker.property(node, "lang"), !lang.isEmpty { declaredLanguage = lang }
        if HTMLWalker.skipped.contains(name) || HTMLWalker.codeLike.contains(name) {
            skip(name, placeholder: HTMLWalker.codeLike.contains(name))
            return false
        }
        if name == "head" { return true }
        if HTMLWalker.blockLevel.contains(name) {
            flush()
            pushBlock(name)
        }
        switch name {
        case "img": image(node)
        case "br":
            if let tag = adjacent("br") {
                segments.append(MatchedSegment(text: [0x0A], sourceStart: tag.range.lowerBound, sourceLength: tag.range.count, verbatim: false))
                cursor = tag.range.upperBound
            }
        case "a": openLink()
        case "table": table(node)
        case "meta": meta(node)
        case "link", "base", "input": break
        default:
            let tag = adjacent(name)
            if HTMLWalker.headings.contains(name) { openHeadings.append((tag?.range.lowerBound ?? cursor, blocks.count)) }
            if let tag {
                cursor = tag.range.upperBound
                titleBlock(tag)
            }
        }
        return true
    }

    /// Handles an element on the way up.
    mutating func exit(_ node: xmlNodePtr, descended: Bool) {
        let name = HTMLWalker.name(node)
        guard descended, !HTMLWalker.skipped.contains(name), !HTMLWalker.codeLike.contains(name) else { return }
        if name == "a", var open = openLinks.popLast(), open.start >= 0 {
            let end = closing("a")?.upperBound ?? cursor
            cursor = max(cursor, end)
            open.text = open.text.trimmingSpaces
            links.append(Link(text: open.text, destination: open.destination, title: open.title.isEmpty ? nil : open.title,
                              sourceRange: open.start..<max(open.start, end), opensNewWindow: open.opensNewWindow))
        }
        if name == "table", let index = tables.lastIndex(where: { $0.sourceRange.isEmpty }) {
            let end = closing("table")?.upperBound ?? cursor
            tables[index].sourceRange = tables[index].sourceRange.lowerBound..<max(tables[index].sourceRange.lowerBound + 1, end)
        }
        let headingEnd = HTMLWalker.headings.contains(name) ? closing(name)?.upperBound ?? cursor : nil
        if HTMLWalker.blockLevel.contains(name) {
            flush()
            if let index = openBlocks.lastIndex(where: { $0.name == name }) { openBlocks.remove(at: index) }
        }
        if let headingEnd, let open = openHeadings.popLast(), blocks.count == open.blockCount {
            emptyHeadings.append(open.start..<max(open.start, headingEnd))
        }
    }

    /// The element's start tag, when it is the next thing in the source after the cursor.
    func adjacent(_ name: String) -> SourceTag? {
        SourceTag.adjacent(name, in: bytes, from: cursor, limit: limit)
    }

    /// The next closing tag `</name>` after the cursor.
    func closing(_ name: String) -> Range<Int>? {
        var index = cursor
        while let open = SourceTag.find([UInt8(ascii: "<"), UInt8(ascii: "/")], in: bytes, from: index, limit: limit) {
            if let tag = SourceTag.read(bytes, at: open, limit: limit), tag.isClosing {
                if tag.name == name { return tag.range }
                index = tag.range.upperBound
            } else {
                index = open + 2
            }
        }
        return nil
    }

    /// Steps over an element that holds no prose; inline code leaves a placeholder.
    private mutating func skip(_ name: String, placeholder: Bool) {
        let tag = adjacent(name)
        if let tag { cursor = tag.range.upperBound }
        let end = closing(name)
        if placeholder, let start = tag?.range.lowerBound {
            let upper = end?.upperBound ?? cursor
            segments.append(MatchedSegment(text: Array(String(Block.placeholder).utf8), sourceStart: start,
                                           sourceLength: upper - start, verbatim: false))
        }
        if let end { cursor = end.upperBound }
        afterRawText = !placeholder
    }

    private mutating func image(_ node: xmlNodePtr) {
        let hasAlt = xmlHasProp(node, "alt") != nil
        let src = HTMLWalker.property(node, "src") ?? ""
        guard let tag = adjacent("img") else {
            images.append(Image(alt: hasAlt ? HTMLWalker.property(node, "alt") : nil, source: src, sourceRange: cursor..<cursor))
            return
        }
        cursor = tag.range.upperBound
        let alt = (tag.attribute("alt") ?? nil).map { AttributeText(bytes, $0) }
        images.append(Image(alt: hasAlt ? (alt?.text ?? "") : nil, source: src, sourceRange: tag.range))
        // An image inside a link names it for a screen reader.
        if let text = alt?.text { noteLinkText(Array(text.utf8)) }
        if let block = alt?.block(inBlockQuote: inBlockQuote) { pendingBlocks.append(block) }
        titleBlock(tag)
    }

    /// A `title` attribute is prose a reader may hear: an `.altText` block.
    private mutating func titleBlock(_ tag: SourceTag) {
        if let title = tag.attribute("title") ?? nil, let block = AttributeText(bytes, title).block(inBlockQuote: inBlockQuote) {
            pendingBlocks.append(block)
        }
    }

    /// Opens a link; an anchor without `href` (or one whose tag is not found) opens a marker
    /// with start -1 that is dropped when it closes.
    private mutating func openLink() {
        let marker = MarkdownWalker.OpenLink(start: -1, destination: "", title: "")
        guard let tag = adjacent("a") else {
            openLinks.append(marker)
            return
        }
        guard tag.attribute("href") != nil else {
            cursor = tag.range.upperBound
            openLinks.append(marker)
            return
        }
        cursor = tag.range.upperBound
        func value(_ name: String) -> String {
            (tag.attribute(name) ?? nil).map { AttributeText(bytes, $0).text } ?? ""
        }
        var link = MarkdownWalker.OpenLink(start: tag.range.lowerBound, destination: value("href"), title: value("title"))
        link.opensNewWindow = value("target").lowercased() == "_blank"
        openLinks.append(link)
        titleBlock(tag)
    }

    private mutating func table(_ node: xmlNodePtr) {
        let start = adjacent("table")
        if let start { cursor = start.range.upperBound }
        let lower = start?.range.lowerBound ?? cursor
        tables.append(Table(hasHeaderRow: HTMLWalker.hasHeaderRow(node), sourceRange: lower..<lower))
    }

    /// A header row: a `<thead>`, or a first row whose cells include a `<th>`.
    static func hasHeaderRow(_ table: xmlNodePtr) -> Bool {
        var child = table.pointee.children
        while let current = child {
            let name = HTMLWalker.name(current)
            if name == "thead" { return true }
            if name == "tbody" || name == "tfoot" { child = current.pointee.children; continue }
            if name == "tr" {
                var cell = current.pointee.children
                while let c = cell {
                    if HTMLWalker.name(c) == "th" { return true }
                    cell = c.pointee.next
                }
                return false
            }
            child = current.pointee.next
        }
        return false
    }

    /// `<meta name="description" content="...">` reads like a front-matter description.
    private mutating func meta(_ node: xmlNodePtr) {
        guard let tag = adjacent("meta") else { return }
        cursor = tag.range.upperBound
        let name = (tag.attribute("name") ?? nil).map { AttributeText(bytes, $0).text.lowercased() }
        guard name == "description", let content = tag.attribute("content") ?? nil else { return }
        let value = AttributeText(bytes, content)
        guard !value.text.allSatisfy(\.isWhitespace) else { return }
        var builder = BlockBuilder()
        builder.append(value.segments)
        blocks.append(builder.build(kind: .frontMatter, field: "description"))
    }
}
