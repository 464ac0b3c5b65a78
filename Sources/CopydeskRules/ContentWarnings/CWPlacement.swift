import CopydeskCore
import Foundation

/// Where a content note goes: at the top (after headline and standfirst) when the sensitive content starts
/// in the first paragraphs or runs throughout, otherwise immediately before the first sensitive passage.
struct CWPlacement: Sendable {
    var position: ContentWarningReport.Position
    /// The block the note goes before.
    var blockIndex: Int
    var line: Int
    /// Start of that line in the source: where an inline note is inserted.
    var offset: Int
    /// Where, in words: "before paragraph 3, after the standfirst".
    var description: String = ""

    /// Body paragraphs before this index count as "the first paragraphs".
    static let topParagraphs = 2
    /// A share of sensitive body blocks at or above this counts as "runs throughout".
    static let throughoutShare = 0.5

    /// The headline block: a level-1 heading before any paragraph, or a plain-text first line without final punctuation.
    static func headlineIndex(_ document: Document) -> Int? {
        for (index, block) in document.blocks.enumerated() where block.kind != .frontMatter {
            if block.kind == .heading { return block.level == 1 ? index : nil }
            guard document.syntax == .text, block.kind == .paragraph else { return nil }
            let text = block.text.trimmingCharacters(in: .whitespaces)
            let words = text.split(separator: " ").count
            let ends = text.last.map { ".!?:\"”".contains($0) } ?? true
            return words <= 16 && !ends && !text.contains("\n") ? index : nil
        }
        return nil
    }

    /// Blocks a note can stand before, in reading order.
    static func bodyIndices(_ document: Document, skipping skip: Set<Int>) -> [Int] {
        let headline = headlineIndex(document)
        return document.blocks.indices.filter { index in
            let kind = document.blocks[index].kind
            return kind != .frontMatter && kind != .altText && index != headline && !skip.contains(index)
        }
    }

    static func place(_ document: Document, sensitive: Set<Int>, skipping skip: Set<Int>) -> CWPlacement? {
        guard !sensitive.isEmpty else { return nil }
        let body = bodyIndices(document, skipping: skip)
        guard let top = body.first else { return nil }
        let inBody = body.filter(sensitive.contains)
        let firstInBody = inBody.first.flatMap { body.firstIndex(of: $0) }
        let outsideBody = sensitive.contains { !body.contains($0) && document.blocks[$0].kind != .altText }
        let share = Double(inBody.count) / Double(body.count)
        let atTop = outsideBody || firstInBody.map { $0 < topParagraphs } ?? true || share >= throughoutShare
        var position = firstInBody ?? 0
        // Snap before the heading of the section that holds the first sensitive passage.
        if !atTop, let heading = body[..<position].lastIndex(where: { document.blocks[$0].kind == .heading }) {
            position = heading
        }
        let target = atTop ? top : body[position]
        let line = document.source.line(at: document.blocks[target].sourceRange.lowerBound)
        return CWPlacement(position: atTop || position == 0 ? .top : .beforePassage, blockIndex: target, line: line,
                           offset: document.source.offset(ofLine: line),
                           description: describe(document, body: body, at: atTop ? 0 : position))
    }

    /// Where exactly, for the message: "at the top, before paragraph 1, after the standfirst",
    /// "before paragraph 3, after the heading", "before the heading \"The trial\" (paragraph 4)".
    static func describe(_ document: Document, body: [Int], at position: Int) -> String {
        let paragraph = body[..<position].filter { document.blocks[$0].kind != .heading }.count + 1
        let block = document.blocks[body[position]]
        func quoted(_ b: Block) -> String {
            let words = b.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).prefix(6).joined(separator: " ")
            return "\"\(words)\(b.text.split(separator: " ").count > 6 ? " ..." : "")\""
        }
        if position == 0 {
            let standfirst = document.blocks.contains { $0.kind == .frontMatter && ["description", "subtitle", "summary", "standfirst", "dek"].contains($0.field ?? "") }
            let after = standfirst ? "the standfirst" : headlineIndex(document) != nil ? "the headline" : "nothing: the start of the article"
            return "at the top, before paragraph 1, after \(after)"
        }
        let previous = document.blocks[body[position - 1]]
        let before = block.kind == .heading ? "before the heading \(quoted(block)) (paragraph \(paragraph))" : "before paragraph \(paragraph)"
        let after = previous.kind == .heading ? "the heading \(quoted(previous))" : "paragraph \(paragraph - 1) (\(quoted(previous)))"
        return "\(before), after \(after)"
    }
}
