import CopydeskCore
import CopydeskFormats
import CopydeskRules

/// `--fix` for one document: first the findings' own fixes (non-overlapping, e.g. "committed suicide" →
/// "died by suicide"), then the missing content warning. Each step re-reads the text, so positions stay true.
struct FileFixer {
    private(set) var document: Document
    private(set) var result: FileResult

    init(document: Document, result: FileResult) {
        self.document = document
        self.result = result
    }

    /// The fixed document and its findings, or nil when nothing changed.
    mutating func run(configuration: Configuration, relint: (Document) -> FileResult) -> (document: Document, result: FileResult)? {
        let original = document.source.utf8
        if let bytes = FileFixer.applyFindingFixes(result.findings, to: original) {
            reparse(bytes, relint)
        }
        if let report = result.contentWarnings,
           let bytes = ContentWarningFixer.apply(to: document.source, document: document, report: report, mode: configuration.contentWarnings.fix) {
            reparse(bytes, relint)
        }
        return document.source.utf8 == original ? nil : (document, result)
    }

    private mutating func reparse(_ bytes: [UInt8], _ relint: (Document) -> FileResult) {
        guard let parsed = try? DocumentReader.parse(SourceText(utf8: bytes), path: document.path, syntax: document.syntax) else { return }
        document = parsed
        result = relint(parsed)
    }

    /// Applies every fix that does not overlap an earlier one; nil when there are none.
    static func applyFindingFixes(_ findings: [Finding], to bytes: [UInt8]) -> [UInt8]? {
        let fixes = findings.compactMap(\.fix).sorted { $0.start < $1.start }
        var chosen: [Fix] = []
        for fix in fixes where fix.start >= (chosen.last?.end ?? 0) && fix.end <= bytes.count && fix.start <= fix.end {
            chosen.append(fix)
        }
        guard !chosen.isEmpty else { return nil }
        var out = bytes
        for fix in chosen.reversed() {
            out.replaceSubrange(fix.start..<fix.end, with: Array(fix.replacement.utf8))
        }
        return out == bytes ? nil : out
    }
}
