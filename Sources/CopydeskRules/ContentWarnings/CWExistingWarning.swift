import CopydeskCore
import Foundation

/// A content warning the article already carries: a front-matter field or an inline note.
struct CWExistingWarning: Sendable {
    /// The inline note's block; nil for front matter.
    var blockIndex: Int?
    var line: Int
    var text: String
    /// Where the note starts in the source (front matter: the key's line).
    var sourceStart: Int
    var categories: [String]

    static let frontMatterKeys = ["content_warning", "content_warnings"]

    /// Front-matter warnings first, then inline notes in reading order.
    static func find(in document: Document, lexicon: CWLexicon) -> [CWExistingWarning] {
        var out: [CWExistingWarning] = []
        if let fm = document.frontMatter {
            for key in frontMatterKeys {
                guard let value = fm.values[key] else { continue }
                let text = value.strings.joined(separator: "; ")
                let line = fm.keyLines[key] ?? document.source.line(at: fm.sourceRange.lowerBound)
                out.append(CWExistingWarning(blockIndex: nil, line: line, text: text,
                                             sourceStart: document.source.offset(ofLine: line),
                                             categories: categories(in: text, lexicon: lexicon)))
            }
        }
        let body = CWPlacement.bodyIndices(document, skipping: [])
        let opening = Set(body.prefix(2))
        for (index, block) in document.blocks.enumerated() {
            let strong = isNote(block, lexicon: lexicon)
            guard strong || (isNote(block, markers: lexicon.structuralNoteMarkers) && isShortNoteInPlace(index, document, opening))
                || isVagueNoteInPlace(index, document, opening, lexicon)
                || isSelfDescribingNoteInPlace(index, document, opening, lexicon)
            else { continue }
            out.append(CWExistingWarning(blockIndex: index, line: document.source.line(at: block.sourceRange.lowerBound),
                                         text: block.text, sourceStart: block.sourceRange.lowerBound,
                                         categories: categories(in: block.text, lexicon: lexicon)))
        }
        return out
    }

    /// A structural note is short and stands at the top of the body or just before a heading.
    static func isShortNoteInPlace(_ index: Int, _ document: Document, _ opening: Set<Int>) -> Bool {
        let block = document.blocks[index]
        guard block.kind == .paragraph || block.kind == .listItem || block.kind == .caption else { return false }
        guard block.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count <= 60 else { return false }
        let next = document.blocks.indices.contains(index + 1) ? document.blocks[index + 1].kind : nil
        return opening.contains(index) || next == .heading
    }

    /// A short note in place that warns without a marker: "*This article may be upsetting to some readers.*". It
    /// uses vague warning wording (`vague.txt`) and is set apart (emphasised) or speaks about the article itself
    /// ("this story"); a lede that says some readers may find footage upsetting is not a note.
    static func isVagueNoteInPlace(_ index: Int, _ document: Document, _ opening: Set<Int>, _ lexicon: CWLexicon) -> Bool {
        // Where it stands first: most blocks are neither at the top nor before a heading.
        guard isShortParagraphInPlace(index, document, opening, words: vagueNoteWords, bytes: 300) else { return false }
        let block = document.blocks[index]
        let words = CWWord.words(in: block.text)
        guard lexicon.vague.contains(where: { !$0.matches(in: words).isEmpty }) else { return false }
        let bytes = document.source.utf8
        let start = block.sourceRange.lowerBound
        let emphasised = bytes.indices.contains(start) && (bytes[start] == 0x2A || bytes[start] == 0x5F)
        return emphasised || words.contains { ["article", "story", "report", "piece", "feature", "interview"].contains($0.text) }
    }

    static let vagueNoteWords = 25

    /// A paragraph of at most `words` words (and `bytes` bytes) at the top of the body or just before a heading.
    static func isShortParagraphInPlace(_ index: Int, _ document: Document, _ opening: Set<Int>, words: Int, bytes: Int) -> Bool {
        let block = document.blocks[index]
        let next = document.blocks.indices.contains(index + 1) ? document.blocks[index + 1].kind : nil
        return (opening.contains(index) || next == .heading) && block.kind == .paragraph && block.text.utf8.count < bytes
            && block.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count <= words
    }
    static let selfDescribingNoteWords = 40

    /// A short paragraph in place that opens by describing the article (`note-openings.txt`: "The following article
    /// discusses death, dying and bereavement.") and names a category or uses vague warning wording. One that names
    /// nothing sensitive ("The following report describes the new timetable") is not a note.
    static func isSelfDescribingNoteInPlace(_ index: Int, _ document: Document, _ opening: Set<Int>, _ lexicon: CWLexicon) -> Bool {
        guard isShortParagraphInPlace(index, document, opening, words: selfDescribingNoteWords, bytes: 400) else { return false }
        let block = document.blocks[index]
        let words = CWWord.words(in: block.text)
        guard lexicon.noteOpenings.contains(where: { $0.matches(in: words).contains { $0.lowerBound == 0 } }) else { return false }
        return !categories(in: block.text, lexicon: lexicon).isEmpty || lexicon.vague.contains { !$0.matches(in: words).isEmpty }
    }

    /// Whether a block is an inline warning ("Content warning: ...", "CW: ...", "Editor's note: this article contains ...").
    static func isNote(_ block: Block, lexicon: CWLexicon) -> Bool {
        isNote(block, markers: lexicon.noteMarkers)
    }

    static func isNote(_ block: Block, markers noteMarkers: [String]) -> Bool {
        guard block.kind != .frontMatter, block.kind != .altText, block.kind != .heading else { return false }
        // Plain ASCII openings, nearly every paragraph, are compared byte by byte.
        let head = block.text.utf8.prefix(80)
        if head.allSatisfy({ $0 < 0x80 }) {
            let lowered = head.drop { "*_>[!# \t".utf8.contains($0) }.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
            return noteMarkers.contains { lowered.starts(with: $0.utf8) }
        }
        let opening = block.text.prefix(80).lowercased()
            .replacingOccurrences(of: "\u{2019}", with: "'")
            .drop { "*_>[!# \t\u{26A0}\u{FE0F}".contains($0) }
        return noteMarkers.contains { opening.hasPrefix($0) }
    }

    /// Category ids a warning's wording names.
    static func categories(in text: String, lexicon: CWLexicon) -> [String] {
        let words = CWWord.words(in: text)
        // The warning's words are read with the detector's own lexicon too: "a fatal stabbing" names a death and violence.
        let named = lexicon.categories.filter { category in
            category.aliases.contains { !$0.matches(in: words).isEmpty }
                || (category.notice != nil && text.localizedCaseInsensitiveContains(category.name))
                || (lexicon.terms[category.id] ?? []).contains { !$0.pattern.matches(in: words).isEmpty }
        }.map(\.id)
        let implied = lexicon.categories.filter { !named.contains($0.id) && $0.impliedBy.contains(where: named.contains) }
        return named + implied.map(\.id)
    }

    /// The vague phrase the warning relies on ("may be upsetting"), if any.
    static func vaguePhrase(in text: String, lexicon: CWLexicon) -> String? {
        let words = CWWord.words(in: text)
        for pattern in lexicon.vague {
            if let range = pattern.matches(in: words).first {
                return words[range].map(\.text).joined(separator: " ")
            }
        }
        return nil
    }
}
