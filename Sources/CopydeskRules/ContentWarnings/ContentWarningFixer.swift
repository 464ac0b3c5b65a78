import CopydeskCore
import Foundation

/// Inserts a missing content warning: a front-matter field, an inline note before the suggested line, or both.
///
/// Pure and insert-only: every byte of the source stays, in order. It acts only when the report says a warning is
/// needed and none is present (an incomplete, vague or misplaced one is the editor's call), so running it again on
/// its own output (re-parsed) returns nil.
public enum ContentWarningFixer {
    /// The fixed file's bytes (decoded UTF-8, like `source`), or nil when there is nothing to do.
    public static func apply(
        to source: SourceText, document: Document, report: ContentWarningReport,
        mode: ContentWarningsConfiguration.FixMode
    ) -> [UInt8]? {
        let suggestion = report.suggestion
        guard suggestion.needed, !report.existing.present, !suggestion.text.isEmpty else { return nil }
        let newline = source.utf8.contains(0x0D) && source.string.contains("\r\n") ? "\r\n" : "\n"
        var insertions: [(offset: Int, text: String)] = []
        let field = mode != .inline ? frontMatterInsertion(source, document, suggestion.text, newline) : nil
        if let field { insertions.append(field) }
        if mode != .frontMatter || field == nil, let line = suggestion.insertBeforeLine {
            let note = inlineNote(document.syntax, suggestion)
            insertions.append((source.offset(ofLine: line), note + newline + newline))
        }
        guard !insertions.isEmpty else { return nil }
        var out = source.utf8
        for insertion in insertions.sorted(by: { $0.offset > $1.offset }) {
            out.insert(contentsOf: Array(insertion.text.utf8), at: insertion.offset)
        }
        return out
    }

    /// `content_warning: "..."` just before the closing delimiter of YAML or TOML front matter.
    static func frontMatterInsertion(_ source: SourceText, _ document: Document, _ text: String, _ newline: String)
        -> (offset: Int, text: String)? {
        guard document.syntax == .markdown, let fm = document.frontMatter, fm.sourceRange.upperBound > 0 else { return nil }
        let closingLine = source.line(at: fm.sourceRange.upperBound - 1)
        let closing = source.text(source.range(ofLine: closingLine)).trimmingCharacters(in: .whitespaces)
        guard closing == "---" || closing == "+++" || closing == "..." else { return nil }
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        let separator = fm.format == .toml ? " = " : ": "
        return (source.offset(ofLine: closingLine), "content_warning\(separator)\"\(escaped)\"" + newline)
    }

    /// The note in the document's own syntax.
    static func inlineNote(_ syntax: Syntax, _ suggestion: ContentWarningReport.Suggestion) -> String {
        switch syntax {
        case .markdown: return suggestion.markdown
        case .html: return CWWording.html(suggestion.text, graphic: false)
        case .text: return "Content warning: " + suggestion.text
        }
    }
}
