import CopydeskCore
import CopydeskFormats
import CopydeskRules

/// `--fix` for one document: first the findings' fixes that `FixPlan` allows (the safe ones, and the wording
/// changes of rules asked for by `--fix=RULE_ID`), then the missing content warning. Each step re-reads the
/// text, so positions stay true. Every change is listed with its line in the file as it was.
struct FileFixer {
    private(set) var document: Document
    private(set) var result: FileResult
    private(set) var applied: [AppliedFix] = []

    init(document: Document, result: FileResult) {
        self.document = document
        self.result = result
    }

    /// The fixed document, its findings and what was done, or nil when nothing changed.
    mutating func run(configuration: Configuration, optIn: Set<String>, relint: (Document) -> FileResult)
        -> (document: Document, result: FileResult, applied: [AppliedFix])? {
        let original = document
        let chosen = FixPlan.chosen(result.findings, document: document, optIn: optIn)
        if let bytes = FileFixer.apply(chosen.compactMap(\.fix), to: document.source.utf8) {
            applied += chosen.map { AppliedFix(line: $0.fixLine(in: original), summary: FixPlan.summary(of: $0, in: original)) }
            reparse(bytes, relint)
        }
        if let report = result.contentWarnings,
           let bytes = ContentWarningFixer.apply(to: document.source, document: document, report: report, mode: configuration.contentWarnings.fix) {
            // Where the warning went, as a line of the file before any fix.
            let offset = FileFixer.originalOffset(FileFixer.commonPrefix(document.source.utf8, bytes), through: chosen.compactMap(\.fix))
            applied.append(AppliedFix(line: original.source.location(at: offset).line, summary: "inserted content warning"))
            reparse(bytes, relint)
        }
        return document.source.utf8 == original.source.utf8 ? nil : (document, result, applied.sorted { $0.line < $1.line })
    }

    private mutating func reparse(_ bytes: [UInt8], _ relint: (Document) -> FileResult) {
        guard let parsed = try? DocumentReader.parse(SourceText(utf8: bytes), path: document.path, syntax: document.syntax) else { return }
        document = parsed
        result = relint(parsed)
    }

    /// Applies non-overlapping fixes (in source order); nil when there are none or nothing changes.
    static func apply(_ fixes: [Fix], to bytes: [UInt8]) -> [UInt8]? {
        guard !fixes.isEmpty else { return nil }
        var out = bytes
        for fix in fixes.sorted(by: { $0.start > $1.start }) {
            out.replaceSubrange(fix.start..<fix.end, with: Array(fix.replacement.utf8))
        }
        return out == bytes ? nil : out
    }

    static func commonPrefix(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var i = 0
        while i < a.count, i < b.count, a[i] == b[i] { i += 1 }
        return i
    }

    /// An offset in the text after `fixes` were applied, as an offset of the text before them.
    static func originalOffset(_ offset: Int, through fixes: [Fix]) -> Int {
        var shift = 0
        for fix in fixes.sorted(by: { $0.start < $1.start }) {
            let delta = fix.replacement.utf8.count - (fix.end - fix.start)
            guard offset >= fix.end + shift + delta else { break }
            shift += delta
        }
        return max(0, offset - shift)
    }
}

extension Finding {
    /// The line of the fix's start (the language tag goes before the front matter's closing line, not at the finding).
    func fixLine(in document: Document) -> Int {
        guard let fix else { return line }
        return document.source.location(at: fix.start).line
    }
}
