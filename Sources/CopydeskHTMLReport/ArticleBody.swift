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
        enum Role: Equatable { case single, listItem(ordered: Bool), cell(table: Int, row: Int, header: Bool) }
        var node: BodyNode
        var role: Role
        var inQuote: Bool
        var runs: [TextRun]
        var position: Int
        var lastLine: Int
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
            for line in item.node.line...max(item.node.line, item.lastLine) where anchors[line] == nil {
                anchors[line] = id
            }
        }
        return anchors
    }

    /// Consecutive list items become one list, consecutive cells of one table one table (a row per source line).
    static func group(_ items: [Item]) -> [BodyNode] {
        var nodes: [BodyNode] = []
        var previous: Item.Role = .single
        for item in items {
            switch item.role {
            case .single:
                nodes.append(item.node)
            case .listItem(let ordered):
                let entry = ListItemNode(id: item.node.id, line: item.node.line, sensitive: item.node.sensitive,
                                         passages: item.node.passages, runs: item.runs)
                if previous == item.role, item.node.here.isEmpty, var list = nodes.last?.list.first {
                    list.items.append(entry)
                    nodes[nodes.count - 1].list = [list]
                } else {
                    var node = empty(id: "List\(item.node.line)", line: item.node.line)
                    node.here = item.node.here
                    node.list = [ListNode(ordered: ordered, items: [entry])]
                    nodes.append(node)
                }
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
        return nodes
    }

    /// Every shown block (and every image without alt text) as an item, with its marks, passages and the
    /// content-warning box.
    func flatItems() -> [Item] {
        let blocks = self.blocks
        let spans = self.spans(blocks)
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
        var items: [Item] = []
        var used: Set<String> = []
        for (b, block) in blocks.enumerated() {
            let first = source.line(at: block.sourceRange.lowerBound)
            let last = max(first, source.line(at: max(block.sourceRange.lowerBound, block.sourceRange.upperBound - 1)))
            let (linkSpans, destinations) = links(in: block)
            let runs = annotator.runs(block.text, spans: spans[b] + linkSpans, links: destinations)
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
                case .listItem: role = .listItem(ordered: Self.isOrdered(source, line: first))
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

    /// A list item whose line starts with a number is in an ordered list.
    static func isOrdered(_ source: SourceText, line: Int) -> Bool {
        let text = source.text(source.range(ofLine: line))
        let trimmed = text.drop { $0 == " " || $0 == "\t" || $0 == ">" }
        return trimmed.first?.isNumber == true
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
