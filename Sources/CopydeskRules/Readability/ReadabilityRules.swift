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
        // Words are runs between spaces and line breaks; only the first `limit` (and whether there are more) matter.
        var text = text
        return text.withUTF8 { bytes in
            var words: [Range<Int>] = []
            var start: Int?
            for index in 0...bytes.count {
                let separator = index == bytes.count || bytes[index] == 0x20 || bytes[index] == 0x0A
                if separator, let wordStart = start {
                    words.append(wordStart..<index)
                    start = nil
                    if words.count > limit { break }
                } else if !separator, start == nil {
                    start = index
                }
            }
            let shown = words.prefix(limit).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
            return shown.joined(separator: " ") + (words.count > limit ? "…" : "")
        }
    }

    static func grade(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

/// Readability for reporters: the per-file report the readability rules share.
public enum Readability {
    /// The report for a document, computed once per context (shared with the readability rules).
    /// With the article's target grade on it, as the grade-target rule picks it.
    public static func report(_ context: RuleContext) -> ReadabilityReport {
        var report = ReadabilityAnalysis.shared(context).report
        report.targetGrade = targetGrade(context)
        return report
    }

    /// The grade an article is held to: its front-matter audience's, else `readability.target_grade`.
    static func targetGrade(_ context: RuleContext) -> Double {
        context.configuration.readability.target(audience: audience(context))
    }

    static func audience(_ context: RuleContext) -> String? {
        context.document.frontMatter?.values["audience"]?.string
    }
}

extension RuleFamily {
    /// Readability: its scores, counts and paragraphs go on the result (`FileResult.readability`).
    public static let readability = RuleFamily(id: "readability", rules: RuleRegistry.readabilityRules) { context, _, result in
        result.readability = Readability.report(context)
    }
}
