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
    public static let readability = RuleFamily(
        id: "readability", rules: RuleRegistry.readabilityRules, settings: ReadabilityConfiguration.self
    ) { context, _, result in
        result.readability = Readability.report(context)
    }
}

extension ReportGroup {
    /// How the report shows readability findings: one group per thing an editor does about it, so a count never
    /// mixes long sentences into hard ones or adverbs into plain-language swaps.
    static let gradeOverTarget = ReportGroup(
        id: "grade", name: "Grade over target", plural: "grade over target", label: "GR", rank: 40)
    static let veryHardSentence = ReportGroup(
        id: "veryhard", name: "Very hard sentence", plural: "very hard sentences", label: "VH", rank: 50)
    static let hardSentence = ReportGroup(id: "hard", name: "Hard sentence", plural: "hard sentences", label: "HS", rank: 60)
    static let longSentence = ReportGroup(
        id: "long", name: "Long sentence", plural: "long sentences", label: "LS", colour: "hard", rank: 70)
    static let longParagraph = ReportGroup(
        id: "paragraph", name: "Long paragraph", plural: "long paragraphs", label: "LP", colour: "grade", rank: 80)
    static let passiveVoice = ReportGroup(id: "passive", name: "Passive voice", plural: "passive verbs", label: "PV", rank: 90)
    static let plainLanguage = ReportGroup(
        id: "plain", name: "Plain-language swap", plural: "plain-language swaps", label: "PL", rank: 100)
    static let adverb = ReportGroup(id: "adverb", name: "Adverb", plural: "adverbs", label: "AD", colour: "plain", rank: 110)
}
