import CopydeskCore

/// Helpers the content-warning rules share: where a finding goes and how categories are named.
extension CWAnalysis {
    /// The first line of a block, as a source range (a finding about a whole passage points at its start).
    static func firstLine(of block: Block, in source: SourceText) -> Range<Int> {
        let start = block.sourceRange.lowerBound
        let lineEnd = source.range(ofLine: source.line(at: start)).upperBound
        return start..<max(start, min(block.sourceRange.upperBound, lineEnd))
    }

    /// Reader-facing names, e.g. "sexual violence, child abuse".
    func names(_ ids: [String]) -> String {
        ids.map { lexicon.category($0)?.name.lowercased() ?? $0 }.joined(separator: ", ")
    }

    /// The highest level among some categories.
    func highestLevel(of ids: Set<String>) -> ContentWarningLevel {
        report.categories.filter { ids.contains($0.id) }.map(\.level).max() ?? .mention
    }

    /// Where the existing warning is: the inline note's first line, or its front-matter line.
    func existingRange(_ document: Document) -> Range<Int>? {
        guard let first = existing.first else { return nil }
        if let index = first.blockIndex { return CWAnalysis.firstLine(of: document.blocks[index], in: document.source) }
        return document.source.range(ofLine: first.line)
    }
}
