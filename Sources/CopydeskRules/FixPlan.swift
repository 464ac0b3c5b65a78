import CopydeskCore
import Foundation

/// Which findings' fixes `copydesk lint --fix` applies. Plain `--fix` applies only the fixes of rules whose
/// description marks them safe (insertions that cannot change what the article says: the content warning, the
/// language tag). A rule whose fixes change wording is applied only when asked for by id or family
/// (`--fix=readability.plain_language`), and never inside quoted speech or a block quote.
public enum FixPlan {
    /// The findings whose fixes to apply, in source order, none overlapping an earlier one.
    public static func chosen(_ findings: [Finding], document: Document, optIn: Set<String>) -> [Finding] {
        var quotes: [Range<Int>]?
        var chosen: [Finding] = []
        var end = 0
        for finding in findings.sorted(by: { ($0.fix?.start ?? 0, $0.start) < ($1.fix?.start ?? 0, $1.start) }) {
            guard let fix = finding.fix, fix.start >= end, fix.start <= fix.end, fix.end <= document.source.utf8.count,
                  let rule = RuleRegistry.rule(id: finding.rule)?.description, let safety = rule.fix else { continue }
            if safety == .optIn {
                guard optIn.contains(rule.id) || optIn.contains(rule.family) else { continue }
                if quotes == nil { quotes = quotedSpans(document) }
                if quotes!.contains(where: { $0.overlaps(fix.start..<max(fix.end, fix.start + 1)) }) { continue }
            }
            chosen.append(finding)
            end = fix.end
        }
        return chosen
    }

    /// Why a `--fix=ID` value cannot be used, or nil: an unknown rule or family, or one that makes no fixes.
    public static func problem(with id: String) -> String? {
        let withFixes = RuleRegistry.all.map { $0.description }.filter { $0.fix != nil }
        if let rule = RuleRegistry.rule(id: id)?.description {
            if rule.fix == nil {
                return "rule '\(id)' makes no fixes; rules with fixes: \(withFixes.map(\.id).joined(separator: ", "))"
            }
            return nil
        }
        if RuleRegistry.family(id: id) != nil {
            return withFixes.contains { $0.family == id } ? nil : "no rule of the '\(id)' family makes fixes"
        }
        return "unknown rule '\(id)'; rules with fixes: \(withFixes.map(\.id).joined(separator: ", "))"
    }

    /// Source ranges of quoted speech and block quotes.
    static func quotedSpans(_ document: Document) -> [Range<Int>] {
        document.blocks.flatMap { block -> [Range<Int>] in
            if block.inBlockQuote { return [block.sourceRange] }
            return QuoteSpans.find(in: block.text).map { block.sourceRange(ofText: $0) }
        }
    }

    /// The line for the list on standard error: "inserted 'lang: en-GB' [accessibility.page_language]".
    public static func summary(of finding: Finding, in document: Document) -> String {
        guard let fix = finding.fix else { return "" }
        let written = document.source.text(fix.start..<fix.end)
        let replacement = fix.replacement.trimmingCharacters(in: .newlines)
        if fix.start == fix.end { return "inserted '\(replacement)' [\(finding.rule)]" }
        if replacement.isEmpty { return "removed '\(written)' [\(finding.rule)]" }
        return "replaced '\(written)' with '\(replacement)' [\(finding.rule)]"
    }
}
