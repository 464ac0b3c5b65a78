import CopydeskCore

extension RuleRegistry {
    /// The Readability family, in the order `copydesk rules` lists them.
    static let readabilityRules: [any Rule.Type] = [
        GradeTargetRule.self,
        HardSentenceRule.self,
        VeryHardSentenceRule.self,
        LongSentenceRule.self,
        LongParagraphRule.self,
        PassiveVoiceRule.self,
        AdverbRule.self,
        PlainLanguageRule.self,
    ]
}

/// Helpers shared by the readability rules.
enum ReadabilityText {
    /// The first words of a sentence for a message: at most `limit` words, with an ellipsis when cut.
    static func opening(_ text: String, limit: Int = 6) -> String {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        if words.count <= limit { return words.joined(separator: " ") }
        return words.prefix(limit).joined(separator: " ") + "…"
    }

    static func slice(_ block: Block, _ range: Range<Int>) -> String {
        let bytes = Array(block.text.utf8)
        let lower = max(0, min(range.lowerBound, bytes.count))
        let upper = max(lower, min(range.upperBound, bytes.count))
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    static func grade(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

/// Readability for reporters: the per-file report the readability rules share.
public enum Readability {
    /// The report for a document, computed once per context (shared with the readability rules).
    public static func report(_ context: RuleContext) -> ReadabilityReport {
        ReadabilityAnalysis.shared(context).report
    }
}
