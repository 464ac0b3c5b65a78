import CopydeskCore
import CopydeskRules
@testable import CopydeskHTMLReport
import Foundation

/// Hand-made results, so page snapshots depend on the renderer alone, not on what the rules find today.
enum ReportFixtures {
    static let options = HTMLReportOptions(generated: "2026-01-02 03:04 UTC", version: "9.9.9-test", groups: RuleRegistry.reportGroups)

    /// An invented article (no real text) with nested, crossing, multi-line and empty-range findings.
    static let text = """
    # Ferry timetable changes from Monday

    The harbour board said the the new timetable, which adds two late sailings, was agreed after a long review.
    Passengers <who> complained about "crowding" & delays were consulted.

    A fire on the quay was described in detail by witnesses.

    """

    static func finding(_ rule: String, _ severity: Severity, _ match: String, occurrence: Int = 1,
                        length: Int? = nil, message: String, suggestions: [String] = []) -> Finding {
        let source = SourceText(text)
        let start = byteOffset(of: match, occurrence: occurrence)
        let end = start + (length ?? match.utf8.count)
        let a = source.location(at: start), b = source.location(at: end)
        return Finding(rule: rule, severity: severity, start: start, end: end, line: a.line, column: a.column,
                       endLine: b.line, endColumn: b.column, match: source.text(start..<end), message: message,
                       suggestions: suggestions)
    }

    static func byteOffset(of match: String, occurrence: Int = 1) -> Int {
        let bytes = Array(text.utf8), needle = Array(match.utf8)
        var seen = 0
        for i in 0...(bytes.count - needle.count) where Array(bytes[i..<(i + needle.count)]) == needle {
            seen += 1
            if seen == occurrence { return i }
        }
        preconditionFailure("no \(match)")
    }

    static var findings: [Finding] {
        let sentence = "The harbour board said the the new timetable, which adds two late sailings, was agreed after a long review.\nPassengers"
        return [
            finding("readability.grade_target", .warning, "# Ferry", length: 0, message: "Bring the reading grade down from 11.2 to 9 or below"),
            finding("readability.very_hard_sentence", .warning, sentence, message: "Simplify or split 'The harbour board said…': very hard to read at grade 15.0"),
            finding("spelling.repeated_word", .warning, "the the", message: "Remove the repeated word 'the'", suggestions: ["the"]),
            finding("readability.passive_voice", .suggestion, "was agreed after", message: "Use active voice instead of 'was agreed'"),
            finding("readability.plain_language", .suggestion, "after a long", message: "Use 'after' instead of 'after a long'", suggestions: ["after"]),
            finding("spelling.misspelling", .error, "crowding", message: "Check the spelling of 'crowding'", suggestions: ["crowd <b>ing</b>"]),
            finding("content_warning.missing", .error, "A fire", message: "Add a content warning before line 6"),
        ].sorted(by: Finding.ordered)
    }

    static var readability: ReadabilityReport {
        var counts = ReadabilityCounts()
        counts.words = 42
        counts.sentences = 3
        var scores = ReadabilityScores()
        scores.fleschReadingEase = 48.26
        scores.fleschKincaidGrade = 11.24
        scores.consensusGrade = 11.2
        scores.smog = 10.5
        func part(_ line: Int, _ grade: Double, _ words: Int) -> ReadabilityPart {
            var c = ReadabilityCounts()
            c.words = words
            var s = ReadabilityScores()
            s.consensusGrade = grade
            return ReadabilityPart(line: line, counts: c, scores: s)
        }
        return ReadabilityReport(counts: counts, scores: scores, readingTimeSeconds: 75.4, sections: [],
                                 paragraphs: [part(1, 2.5, 5), part(3, 15.04, 30), part(6, 6.0, 10)])
    }

    static var warnings: ContentWarningReport {
        let passage = ContentWarningReport.Passage(startLine: 6, endLine: 6, graphic: false,
                                                   evidence: ["\"fire\" (disaster term)"])
        return ContentWarningReport(
            categories: [.init(id: "fire_disaster", level: .description, passages: [passage])],
            suggestion: .init(needed: true, position: .beforePassage, insertBeforeLine: 6,
                              text: "This article contains descriptions of a fire.",
                              markdown: "> **Content note:** This article contains descriptions of a fire.",
                              html: "<p>note</p>"),
            existing: .init(present: true, line: 1, categories: [], problems: [.vague, .missingCategories]))
    }

    static func article(path: String = "news/ferry-timetable.md") -> HTMLReportArticle {
        var result = FileResult(path: path, language: "en_GB", syntax: .markdown, findings: findings)
        result.readability = readability
        result.contentWarnings = warnings
        result.document = Document(path: path, syntax: .markdown, source: SourceText(text), blocks: blocks)
        return HTMLReportArticle(result: result, targetGrade: 9)
    }

    /// Prose blocks: the heading without its `# `, and the two paragraphs (the `<who>` stays outside, as markup).
    static var blocks: [Block] {
        func block(_ kind: BlockKind, _ prose: String, occurrence: Int = 1) -> Block {
            let start = byteOffset(of: prose, occurrence: occurrence), n = prose.utf8.count
            return Block(kind: kind, text: prose, pieces: [Piece(textStart: 0, textLength: n, sourceStart: start, sourceLength: n, verbatim: true)],
                         sourceRange: start..<(start + n))
        }
        return [block(.heading, "Ferry timetable changes from Monday"),
                block(.paragraph, "The harbour board said the the new timetable, which adds two late sailings, was agreed after a long review.\nPassengers "),
                block(.paragraph, "complained about \"crowding\" & delays were consulted."),
                block(.paragraph, "A fire on the quay was described in detail by witnesses.")]
    }

    static var clean: HTMLReportArticle {
        let text = "A short, plain note.\n"
        var result = FileResult(path: "clean.txt", language: "en_GB", syntax: .text)
        result.document = Document(path: "clean.txt", syntax: .text, source: SourceText(text))
        return HTMLReportArticle(result: result, targetGrade: 9)
    }
}
