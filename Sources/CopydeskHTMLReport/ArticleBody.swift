import CopydeskCore

/// One element of the article as the reader sees it. Every optional part is an array of zero or one element,
/// so a template section never falls back to a value of an enclosing context.
struct BodyNode {
    /// `L12`: the anchor of the block's first source line.
    var id: String
    var line: Int
    var sensitive: Bool
    /// The suggested content warning, when it goes before this element.
    var here: [HereBox]
    /// Sensitive passages that start in this element: `sexual violence · graphic`.
    var passages: [String]
    /// The same, as zero or one group for the margin.
    var notes: [Notes]
    var headline: [Runs]
    var standfirst: [Runs]
    var heading: [HeadingNode]
    var paragraph: [Runs]
    var list: [ListNode]
    var quote: [QuoteNode]
    var image: [ImageNode]
    var caption: [Runs]
    var table: [TableNode]
}

struct Notes {
    var items: [String]
}

struct Runs {
    var runs: [TextRun]
}

struct HeadingNode {
    /// 3...6: the article's own levels, below the page's `h2`.
    var level: Int
    var runs: [TextRun]
}

struct ListNode {
    var ordered: Bool
    var items: [ListItemNode]
}

struct ListItemNode {
    var id: String
    var line: Int
    var sensitive: Bool
    var passages: [String]
    var runs: [TextRun]
    /// Further paragraphs of the same item.
    var more: [ItemParagraph] = []
    /// Zero or more lists nested in the item.
    var sublists: [ListNode] = []
}

struct ItemParagraph {
    var id: String
    var runs: [TextRun]
}

struct QuoteNode {
    var children: [BodyNode]
}

struct ImageNode {
    var hasAlt: Bool
    var runs: [TextRun]
}

struct TableNode {
    var rows: [TableRowNode]
}

struct TableRowNode {
    var cells: [TableCellNode]
}

struct TableCellNode {
    var header: Bool
    var runs: [TextRun]
}

struct HereBox {
    var text: String
    var markdown: String
}

/// Builds the reader's view of an article from its document: prose blocks in reading order, with each
/// finding's marks mapped from source bytes into the blocks' text.
struct ArticleBody {
    let document: Document
    let findings: [Finding]
    let warnings: ContentWarningReport?
    let explanations: [String]
    let groups: ReportGroups

    /// The headline: front matter `title`, else the first heading, else (plain text) a short first line without
    /// final punctuation; nil when the article has none of them.
    static func headline(_ document: Document) -> Block? {
        if let block = document.blocks.first(where: { $0.kind == .frontMatter && $0.field == "title" })
            ?? document.blocks.first(where: { $0.kind == .heading && $0.level == 1 })
            ?? document.blocks.first(where: { $0.kind == .heading }) {
            return block
        }
        guard document.syntax == .text, let first = document.blocks.first, first.kind == .paragraph else { return nil }
        let text = first.text.trimmingCharacters(in: .whitespaces)
        let ending: Set<Character> = [".", "!", "?", ",", ";", ":", "\u{2026}"]
        guard !text.contains("\n"), text.utf8.count <= 150, let last = text.last, !ending.contains(last) else { return nil }
        return first
    }

    /// The blocks shown, in source order: front-matter prose first, then the body.
    var blocks: [Block] {
        let frontMatter = document.blocks.filter { $0.kind == .frontMatter }
        let order = ["title", "subtitle", "description", "summary"]
        let sortedFrontMatter = frontMatter.sorted { (order.firstIndex(of: $0.field ?? "") ?? 9) < (order.firstIndex(of: $1.field ?? "") ?? 9) }
        return sortedFrontMatter + document.blocks.filter { $0.kind != .frontMatter }
    }

    /// The spans of every finding in each shown block (index in `blocks`), and how many suggestions each has.
    func spans(_ blocks: [Block]) -> [[Span]] {
        var spans = Array(repeating: [Span](), count: blocks.count)
        let bySource = blocks.indices.sorted { blocks[$0].sourceRange.lowerBound < blocks[$1].sourceRange.lowerBound }
        for (i, finding) in findings.enumerated() {
            let end = max(finding.end, finding.start + 1)
            var placed = false
            var firstTouching: Int?
            for b in bySource where blocks[b].sourceRange.lowerBound < end && finding.start < max(blocks[b].sourceRange.upperBound, blocks[b].sourceRange.lowerBound + 1) {
                let block = blocks[b]
                let start = Self.textOffset(block, source: finding.start, isEnd: false)
                let stop = Self.textOffset(block, source: finding.end, isEnd: true)
                if firstTouching == nil { firstTouching = b }
                if stop > start || (finding.start == finding.end && !placed) {
                    spans[b].append(Span(mark: i, start: start, end: max(start, stop)))
                    placed = true
                }
            }
            if !placed {
                // Over markup only (a tag, a front-matter key): a label at the start of the nearest block; for the
                // front matter, the headline's.
                let inFrontMatter = document.frontMatter.map { $0.sourceRange.contains(finding.start) } ?? false
                let b = inFrontMatter && firstTouching == nil && !blocks.isEmpty ? 0 : firstTouching ?? bySource.first { blocks[$0].sourceRange.lowerBound >= finding.start } ?? bySource.last
                if let b {
                    let at = Self.textOffset(blocks[b], source: finding.start, isEnd: false)
                    spans[b].append(Span(mark: i, start: at, end: at))
                }
            }
        }
        return spans
    }

    /// A UTF-8 offset in the block's text for a source byte offset; a start in markup moves to the next text,
    /// an end in markup to the previous text.
    static func textOffset(_ block: Block, source offset: Int, isEnd: Bool) -> Int {
        if isEnd {
            var best = 0
            for piece in block.pieces where piece.sourceStart < offset {
                let value = offset >= piece.sourceEnd ? piece.textEnd
                    : (piece.verbatim ? piece.textStart + (offset - piece.sourceStart) : piece.textEnd)
                best = max(best, value)
            }
            return best
        }
        var best = block.text.utf8.count
        for piece in block.pieces where piece.sourceEnd > offset {
            let value = offset <= piece.sourceStart ? piece.textStart
                : (piece.verbatim ? piece.textStart + (offset - piece.sourceStart) : piece.textStart)
            best = min(best, value)
        }
        return best
    }

    /// The links that lie in a block, as spans (`mark` = `-1 - n`) and destinations.
    func links(in block: Block) -> ([Span], [String]) {
        var spans: [Span] = []
        var destinations: [String] = []
        for link in document.links where link.sourceRange.lowerBound < block.sourceRange.upperBound && block.sourceRange.lowerBound < link.sourceRange.upperBound {
            let start = Self.textOffset(block, source: link.sourceRange.lowerBound, isEnd: false)
            let end = Self.textOffset(block, source: link.sourceRange.upperBound, isEnd: true)
            guard end > start else { continue }
            spans.append(Span(mark: -1 - destinations.count, start: start, end: end))
            destinations.append(link.destination)
        }
        return (spans, destinations)
    }

    /// Most suggestion marks in any one block.
    static func mostSuggestions(_ spans: [[Span]], findings: [Finding]) -> Int {
        spans.map { block in Set(block.filter { $0.mark >= 0 && findings[$0.mark].severity == .suggestion }.map(\.mark)).count }.max() ?? 0
    }

    /// The article's nodes: headline, standfirst, then the body with lists, tables and quotes grouped.
    func nodes(_ items: [Item]) -> [BodyNode] {
        var nodes: [BodyNode] = []
        var i = 0
        while i < items.count {
            if items[i].inQuote {
                var j = i
                while j < items.count, items[j].inQuote { j += 1 }
                var node = Self.empty(id: "Q\(items[i].node.line)", line: items[i].node.line)
                node.quote = [QuoteNode(children: Self.group(Array(items[i..<j])))]
                nodes.append(node)
                i = j
            } else {
                var j = i
                while j < items.count, !items[j].inQuote { j += 1 }
                nodes += Self.group(Array(items[i..<j]))
                i = j
            }
        }
        return nodes
    }

    /// One shown block before grouping.
    struct Item {
        enum Role: Equatable { case single, listItem(ListPlace), cell(table: Int, row: Int, header: Bool) }
        var node: BodyNode
        var role: Role
        var inQuote: Bool
        var runs: [TextRun]
        var position: Int
        var lastLine: Int
        /// Source lines of a block shown as part of this one (a repeated title's heading), so links to them land here.
        var alsoLines: [Int] = []
    }

    /// The anchor of the element that holds each source line (the first such element).
    static func anchors(_ items: [Item]) -> [Int: String] {
        var anchors: [Int: String] = [:]
        var tables: [Int: String] = [:]
        var previous: Item.Role = .single
        for item in items {
            var id = item.node.id
            if case .cell(let t, _, _) = item.role {
                if case .cell(let p, _, _) = previous, p == t, let first = tables[t] { id = first } else { tables[t] = id }
            }
            previous = item.role
            for line in Array(item.node.line...max(item.node.line, item.lastLine)) + item.alsoLines where anchors[line] == nil {
                anchors[line] = id
            }
        }
        return anchors
    }

    /// Consecutive list items become one list, nested as in the source; consecutive cells of one table one table
    /// (a row per source line).
    static func group(_ items: [Item]) -> [BodyNode] {
        var nodes: [BodyNode] = []
        var previous: Item.Role = .single
        var run: [Item] = []
        func flushList() {
            guard let first = run.first else { return }
            var node = empty(id: "List\(first.node.line)", line: first.node.line)
            node.here = first.node.here
            node.list = lists(run)
            nodes.append(node)
            run = []
        }
        for item in items {
            if case .listItem = item.role {
                // A content-warning box before an item starts a new list after it.
                if !item.node.here.isEmpty { flushList() }
                run.append(item)
                previous = item.role
                continue
            }
            flushList()
            switch item.role {
            case .single, .listItem:
                nodes.append(item.node)
            case .cell(let table, let row, let header):
                let cell = TableCellNode(header: header, runs: item.runs)
                if case .cell(let lastTable, let lastRow, _) = previous, lastTable == table, var node = nodes.last?.table.first {
                    if lastRow == row {
                        node.rows[node.rows.count - 1].cells.append(cell)
                    } else {
                        node.rows.append(TableRowNode(cells: [cell]))
                    }
                    nodes[nodes.count - 1].table = [node]
                    nodes[nodes.count - 1].sensitive = nodes[nodes.count - 1].sensitive || item.node.sensitive
                    nodes[nodes.count - 1].passages += item.node.passages
                    let all = nodes[nodes.count - 1].passages
                    nodes[nodes.count - 1].notes = all.isEmpty ? [] : [Notes(items: all)]
                } else {
                    var node = item.node
                    node.table = [TableNode(rows: [TableRowNode(cells: [cell])])]
                    nodes.append(node)
                }
            }
            previous = item.role
        }
        flushList()
        return nodes
    }

    /// A run of consecutive list items as lists: an item deeper than the one before nests in it, a paragraph that
    /// continues an item joins it, and a change between ordered and unordered at one depth starts a new list.
    static func lists(_ run: [Item]) -> [ListNode] {
        var entries: [(place: ListPlace, item: ListItemNode)] = []
        for item in run {
            guard case .listItem(let place) = item.role else { continue }
            let entry = ListItemNode(id: item.node.id, line: item.node.line, sensitive: item.node.sensitive,
                                     passages: item.node.passages, runs: item.runs)
            if place.continuation, !entries.isEmpty {
                entries[entries.count - 1].item.more.append(ItemParagraph(id: item.node.id, runs: item.runs))
                entries[entries.count - 1].item.passages += item.node.passages
                entries[entries.count - 1].item.sensitive = entries[entries.count - 1].item.sensitive || item.node.sensitive
            } else {
                entries.append((place, entry))
            }
        }
        return nest(entries[...])
    }

    private static func nest(_ entries: ArraySlice<(place: ListPlace, item: ListItemNode)>) -> [ListNode] {
        guard let base = entries.map(\.place.depth).min() else { return [] }
        var lists: [ListNode] = []
        var i = entries.startIndex
        while i < entries.endIndex {
            let (place, item) = entries[i]
            var entry = item
            var j = i + 1
            while j < entries.endIndex, entries[j].place.depth > base { j += 1 }
            if j > i + 1 { entry.sublists = nest(entries[(i + 1)..<j]) }
            if let last = lists.last, last.ordered == place.ordered {
                lists[lists.count - 1].items.append(entry)
            } else {
                lists.append(ListNode(ordered: place.ordered, items: [entry]))
            }
            i = j
        }
        return lists
    }

    /// Every shown block (and every image without alt text) as an item, with its marks, passages and the
    /// content-warning box.
    func flatItems() -> [Item] {
        let blocks = self.blocks
        var spans = self.spans(blocks)
        let marks = findings.enumerated().map { i, finding in
            MarkSource(index: i, kind: groups.of(rule: finding.rule), severity: finding.severity, explanation: explanations[i])
        }
        var annotator = Annotator(marks: marks)
        let headline = Self.headline(document)
        let source = document.source
        let notes = passageNotes()
        var noteLines = notes.keys.sorted()
        let sensitiveLines = Set((warnings?.categories ?? []).flatMap { category in
            category.passages.flatMap { Array($0.startLine...max($0.startLine, $0.endLine)) }
        })
        var here: (line: Int, box: HereBox)?
        if let w = warnings, w.suggestion.needed, let line = w.suggestion.insertBeforeLine {
            here = (w.suggestion.position == .top ? 0 : line, HereBox(text: w.suggestion.text, markdown: w.suggestion.markdown))
        }
        var levels = LevelMapper()
        var listPlaces = ListPlaces(document)
        var items: [Item] = []
        var used: Set<String> = []
        // A front-matter title repeated as the first heading is shown once, as the headline, with the heading's marks.
        let repeated = Self.repeatedTitle(blocks, headline: headline)
        if let repeated, let h = blocks.firstIndex(where: { $0.kind == .frontMatter && $0.field == "title" }) {
            let sameText = blocks[h].text.utf8.count == blocks[repeated].text.utf8.count
            spans[h] += spans[repeated].map { sameText ? $0 : Span(mark: $0.mark, start: 0, end: 0) }
            spans[repeated] = []
        }
        var previousKind: BlockKind?
        for (b, block) in blocks.enumerated() where b != repeated {
            defer { previousKind = block.kind }
            let first = source.line(at: block.sourceRange.lowerBound)
            let last = max(first, source.line(at: max(block.sourceRange.lowerBound, block.sourceRange.upperBound - 1)))
            let (linkSpans, destinations) = links(in: block)
            let runs = annotator.runs(block.text, spans: spans[b] + linkSpans, links: destinations,
                                      placeholders: Placeholder.of(block, source: source))
            var id = "L\(first)"
            var n = 2
            while used.contains(id) { id = "L\(first)-\(n)"; n += 1 }
            used.insert(id)
            var node = Self.empty(id: id, line: first)
            node.sensitive = (first...last).contains { sensitiveLines.contains($0) }
            while let line = noteLines.first, line <= last {
                node.passages += notes[line] ?? []
                noteLines.removeFirst()
            }
            node.notes = node.passages.isEmpty ? [] : [Notes(items: node.passages)]
            let isHeadline = headline.map { $0.sourceRange == block.sourceRange && $0.kind == block.kind } ?? false
            if let h = here, block.kind != .frontMatter, !isHeadline, h.line <= last {
                node.here = [h.box]
                here = nil
            }
            var role = Item.Role.single
            if isHeadline {
                node.headline = [Runs(runs: runs)]
            } else {
                switch block.kind {
                case .frontMatter: node.standfirst = [Runs(runs: runs)]
                case .heading: node.heading = [HeadingNode(level: levels.level(for: block.level), runs: runs)]
                case .paragraph: node.paragraph = [Runs(runs: runs)]
                case .listItem: role = .listItem(listPlaces.place(of: block, line: first, continuing: previousKind == .listItem))
                case .altText: node.image = [ImageNode(hasAlt: true, runs: runs)]
                case .caption: node.caption = [Runs(runs: runs)]
                case .tableCell:
                    let t = document.tables.firstIndex { $0.sourceRange.contains(block.sourceRange.lowerBound) } ?? -1
                    let startLine = t >= 0 ? source.line(at: document.tables[t].sourceRange.lowerBound) : first
                    let header = t >= 0 && document.tables[t].hasHeaderRow && first == startLine
                    role = .cell(table: t, row: first, header: header)
                }
            }
            items.append(Item(node: node, role: role, inQuote: block.inBlockQuote, runs: runs, position: block.sourceRange.lowerBound, lastLine: last))
        }
        for image in document.images where !blocks.contains(where: { $0.kind == .altText && image.sourceRange.contains($0.sourceRange.lowerBound) }) {
            let line = source.line(at: image.sourceRange.lowerBound)
            var node = Self.empty(id: "I\(line)-\(image.sourceRange.lowerBound)", line: line)
            node.image = [ImageNode(hasAlt: false, runs: [TextRun(text: image.alt == nil ? "an image with no alt text" : "a decorative image (empty alt text)", marks: [])])]
            let at = items.firstIndex { $0.position > image.sourceRange.lowerBound && $0.node.headline.isEmpty && $0.node.standfirst.isEmpty } ?? items.count
            items.insert(Item(node: node, role: .single, inQuote: false, runs: [], position: image.sourceRange.lowerBound, lastLine: line), at: at)
        }
        if let repeated, let at = items.firstIndex(where: { !$0.node.headline.isEmpty }) {
            let range = blocks[repeated].sourceRange
            let first = source.line(at: range.lowerBound)
            items[at].alsoLines = Array(first...max(first, source.line(at: max(range.lowerBound, range.upperBound - 1))))
        }
        if let h = here, let at = items.firstIndex(where: { $0.node.headline.isEmpty && $0.node.standfirst.isEmpty }) {
            items[at].node.here = [h.box]
        }
        return items
    }

    /// Labels of the sensitive passages by their first line: `sexual violence · graphic`.
    func passageNotes() -> [Int: [String]] {
        var notes: [Int: [String]] = [:]
        for category in warnings?.categories ?? [] {
            for passage in category.passages {
                let level = passage.graphic ? "graphic" : category.level.rawValue
                let label = "\(category.name) · \(level)"
                if !(notes[passage.startLine] ?? []).contains(label) { notes[passage.startLine, default: []].append(label) }
            }
        }
        return notes
    }

    /// The index in `blocks` of the first heading when it repeats the front matter's title (the headline): the
    /// same words, whatever the case, spacing or final punctuation. Only a heading before any other body text.
    static func repeatedTitle(_ blocks: [Block], headline: Block?) -> Int? {
        guard let headline, headline.kind == .frontMatter, headline.field == "title",
              let first = blocks.firstIndex(where: { $0.kind != .frontMatter }), blocks[first].kind == .heading else { return nil }
        func words(_ text: String) -> [String] {
            text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        }
        let title = words(headline.text)
        return !title.isEmpty && words(blocks[first].text) == title ? first : nil
    }

    static func empty(id: String, line: Int) -> BodyNode {
        BodyNode(id: id, line: line, sensitive: false, here: [], passages: [], notes: [], headline: [], standfirst: [], heading: [],
                 paragraph: [], list: [], quote: [], image: [], caption: [], table: [])
    }
}

/// Maps the article's heading levels below the page's `h2`, never skipping a level (3, 4, 5, 6).
struct LevelMapper {
    private var stack: [Int] = []

    mutating func level(for level: Int) -> Int {
        while let top = stack.last, top >= level { stack.removeLast() }
        stack.append(level)
        return min(6, 2 + stack.count)
    }
}

/// Where a list item sits: how deep, in an ordered or unordered list, or as a further paragraph of the item before.
struct ListPlace: Equatable {
    var depth: Int
    var ordered: Bool
    var continuation: Bool
}

/// The list places of an article's items, in source order. Markdown and plain text: from the item's line (its
/// marker, and how far the marker is indented against the items before it). HTML: from the `<ul>`/`<ol>` tags
/// open before the item.
struct ListPlaces {
    private let document: Document
    /// Markdown: the marker indents of the items of the current list, outermost first.
    private var indents: [Int] = []
    /// HTML: list tags in source order (offset, opens, ordered).
    private let tags: [(offset: Int, opens: Bool, ordered: Bool)]

    init(_ document: Document) {
        self.document = document
        tags = document.syntax == .html ? Self.listTags(document.source.utf8) : []
    }

    /// - Parameter continuing: the block shown before was a list item too (else a new list starts).
    mutating func place(of block: Block, line: Int, continuing: Bool) -> ListPlace {
        if document.syntax == .html { return htmlPlace(block.sourceRange.lowerBound) }
        if !continuing { indents = [] }
        let bytes = Array(document.source.text(document.source.range(ofLine: line)).utf8)
        var i = 0, column = 0
        // Block-quote markers and indentation; tabs to the next multiple of 4.
        while i < bytes.count, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") || bytes[i] == UInt8(ascii: ">") {
            if bytes[i] == UInt8(ascii: ">") { column = 0 } else { column = bytes[i] == UInt8(ascii: "\t") ? (column / 4 + 1) * 4 : column + 1 }
            i += 1
        }
        let rest = bytes[i...]
        var digits = rest.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
        let bullet = rest.first.map { "-*+".utf8.contains($0) } ?? false
        if digits > 0, rest.dropFirst(digits).first.map({ $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ")") }) != true { digits = 0 }
        guard digits > 0 || bullet else {
            return ListPlace(depth: max(0, indents.count - 1), ordered: false, continuation: true)
        }
        while let top = indents.last, top > column { indents.removeLast() }
        if indents.last != column { indents.append(column) }
        return ListPlace(depth: indents.count - 1, ordered: digits > 0, continuation: false)
    }

    private func htmlPlace(_ offset: Int) -> ListPlace {
        var open: [Bool] = []
        for tag in tags {
            if tag.offset >= offset { break }
            if tag.opens { open.append(tag.ordered) } else if !open.isEmpty { open.removeLast() }
        }
        return ListPlace(depth: max(0, open.count - 1), ordered: open.last ?? false, continuation: false)
    }

    /// `<ul`, `<ol`, `</ul`, `</ol` (any case) outside comments.
    static func listTags(_ bytes: [UInt8]) -> [(offset: Int, opens: Bool, ordered: Bool)] {
        var out: [(Int, Bool, Bool)] = []
        var i = 0
        while i + 3 < bytes.count {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            if bytes[i + 1] == UInt8(ascii: "!"), i + 3 < bytes.count, bytes[i + 2] == UInt8(ascii: "-"), bytes[i + 3] == UInt8(ascii: "-") {
                var j = i + 4
                while j + 2 < bytes.count, !(bytes[j] == UInt8(ascii: "-") && bytes[j + 1] == UInt8(ascii: "-") && bytes[j + 2] == UInt8(ascii: ">")) { j += 1 }
                i = j + 3
                continue
            }
            let closing = bytes[i + 1] == UInt8(ascii: "/")
            let at = closing ? i + 2 : i + 1
            guard at + 2 <= bytes.count else { break }
            let name = (bytes[at] | 0x20, bytes[at + 1] | 0x20)
            let after = at + 2 < bytes.count ? bytes[at + 2] : UInt8(ascii: ">")
            let ends = after == UInt8(ascii: ">") || after == UInt8(ascii: " ") || after == UInt8(ascii: "\t") || after == UInt8(ascii: "\n") || after == UInt8(ascii: "/")
            if ends, name.1 == UInt8(ascii: "l"), name.0 == UInt8(ascii: "u") || name.0 == UInt8(ascii: "o") {
                out.append((i, !closing, name.0 == UInt8(ascii: "o")))
            }
            i += 1
        }
        return out
    }
}
