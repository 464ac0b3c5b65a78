import CopydeskCore

/// `switch.invalid`: an in-text switch that switches nothing off as written: a misspelt switch
/// (`<!-- copydesk-disabel spelling -->`) or a name that is no rule or family
/// (`<!-- copydesk-disable-next-line speling.repeated_wrd -->`, front matter `copydesk: {disable: [...]}`).
struct InvalidSwitchRule: Rule {
    static let description = RuleDescription(
        id: "switch.invalid", name: "Invalid in-text switch",
        description: "An in-text switch is misspelt or names no rule or family, so it switches nothing off",
        rationale: "A writer who switches a check off for a passage expects its findings to go; a misspelt switch or "
            + "rule id leaves them in silence, or hides the wrong thing. Names are rule ids (`spelling.misspelling`) "
            + "or families (`spelling`); the switches are copydesk-disable, copydesk-enable, "
            + "copydesk-disable-next-line and copydesk-disable-line.",
        severity: .warning,
        triggeringExamples: [
            "The council met.\n\n↓<!-- copydesk-disabel spelling -->\n\nThe vote was close.\n",
            "The council met.\n\n↓<!-- copydesk-disable-next-line speling.repeated_wrd -->\nThe vote was close.\n",
            "↓<!-- copydesk-disable readability spelling.mispelling -->\n\nThe council met.\n",
            "↓<!-- copydesk-disable-next-line accessibility.language_missing -->\nThe council met.\n",
        ],
        nonTriggeringExamples: [
            "The council met.\n\n<!-- copydesk-disable spelling -->\n\nThe vote was close.\n\n<!-- copydesk-enable -->\n",
            "<!-- copydesk-disable-next-line spelling.repeated_word readability -->\nThe the vote was close.\n",
            "<!-- a note for the desk: check the figures -->\n\nThe council met.\n",
        ], group: .invalidSwitch)

    func check(_ context: RuleContext) -> [Finding] {
        let known = RuleRegistry.ids + RuleRegistry.familyIDs
        let document = context.document
        var findings: [Finding] = []
        for comment in document.comments {
            guard let (directive, names) = Suppressions.words(comment) else { continue }
            if Suppressions.directives.contains(directive) {
                for name in names where !known.contains(name) {
                    if let renamed = Self.renamed(name, context, comment.sourceRange) { findings.append(renamed); continue }
                    findings.append(context.finding(
                        Self.description, sourceRange: comment.sourceRange,
                        message: "Name a rule or family in place of '\(name)'\(EditDistance.hint(name, among: known)); "
                            + "\(directive) switches nothing off by that name"))
                }
            } else if let near = Self.nearDirective(directive) {
                findings.append(context.finding(
                    Self.description, sourceRange: comment.sourceRange,
                    message: "Correct the switch '\(directive)' (did you mean '\(near)'?); as written it switches nothing off"))
            }
        }
        if let frontMatter = document.frontMatter {
            let line = frontMatter.keyLines["copydesk"] ?? document.source.line(at: frontMatter.sourceRange.lowerBound)
            let range = document.source.range(ofLine: line)
            for name in Suppressions(document: document).fileWideNames where !known.contains(name) {
                if let renamed = Self.renamed(name, context, range) { findings.append(renamed); continue }
                findings.append(context.finding(
                    Self.description, sourceRange: range,
                    message: "Name a rule or family in place of '\(name)'\(EditDistance.hint(name, among: known)); "
                        + "copydesk.disable switches nothing off by that name"))
            }
        }
        return findings
    }

    /// A renamed rule's old id: it still works; a suggestion to rename it (the deprecation note).
    static func renamed(_ name: String, _ context: RuleContext, _ range: Range<Int>) -> Finding? {
        guard let current = RuleRenames.table[name] else { return nil }
        return context.finding(description, sourceRange: range, message: "Rename '\(name)' to '\(current)': the old id still works but will be removed",
                               severity: .suggestion)
    }

    /// The switch a comment's first word was meant to be: one of them, misspelt (a few edits away), or any
    /// `copydesk-` word that is not a switch.
    static func nearDirective(_ word: String) -> String? {
        let lower = word.lowercased()
        if Suppressions.directives.contains(lower) { return lower }
        if let near = EditDistance.nearest(lower, among: Suppressions.directives) { return near }
        return lower.hasPrefix("copydesk-") ? "copydesk-disable" : nil
    }
}
