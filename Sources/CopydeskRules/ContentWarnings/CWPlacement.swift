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
        let target = atTop ? top : body[firstInBody ?? 0]
        let line = document.source.line(at: document.blocks[target].sourceRange.lowerBound)
        return CWPlacement(position: atTop ? .top : .beforePassage, blockIndex: target, line: line,
                           offset: document.source.offset(ofLine: line))
    }
}
