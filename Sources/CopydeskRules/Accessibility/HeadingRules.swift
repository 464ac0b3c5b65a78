import CopydeskCore

/// Headings in reading order, with their levels.
enum Headings {
    static func all(_ document: Document) -> [Block] {
        document.blocks.filter { $0.kind == .heading && $0.level > 0 }
    }

    /// Words of a heading, counted as the tokenizer counts them.
    static func wordCount(_ block: Block) -> Int {
        Tokenizer.tokens(in: block.text).filter { $0.kind != .code && $0.kind != .url }.count
    }

    /// Text without markup placeholders, for comparing a heading with the title.
    static func comparable(_ text: String) -> String {
        let folded = text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
            .replacingOccurrences(of: "\u{201C}", with: "\"").replacingOccurrences(of: "\u{201D}", with: "\"")
        let kept = folded.unicodeScalars.filter { $0.isLetterLike || $0.isNumberLike || $0 == " " }
        return String(String.UnicodeScalarView(kept)).split(separator: " ").joined(separator: " ")
    }
}

/// `accessibility.heading_skipped_level`: a heading more than one level below the one before it.
struct HeadingSkippedLevelRule: Rule {
    static let description = RuleDescription(
        id: "accessibility.heading_skipped_level", name: "Skipped heading level",
        description: "A heading skips a level, e.g. ## then #### (WCAG 2.2 SC 1.3.1 Info and Relationships)",
        rationale: "Screen-reader users move through an article by its headings and read their levels as an outline; "
            + "a missing level suggests a section that is not there. The title counts as level 1.",
        severity: .warning, reference: "WCAG 2.2 SC 1.3.1 Info and Relationships",
        triggeringExamples: [
            "# Storm hits coast\n\n## Damage\n\nText.\n\n#### ↓Roads\n\nText.\n",
            "### ↓Background\n\nText.\n",
        ],
        nonTriggeringExamples: [
            "# Storm hits coast\n\n## Damage\n\n### Roads\n\nText.\n\n## Help\n\nText.\n",
            "## Damage\n\nText.\n",
        ], group: .accessibility)

    func check(_ context: RuleContext) -> [Finding] {
        var previous = 1
        var findings: [Finding] = []
        for block in Headings.all(context.document) {
            if block.level > previous + 1 {
                findings.append(context.finding(
                    Self.description, block: block, textRange: 0..<block.text.utf8.count,
                    message: "Make '\(block.text)' a level-\(previous + 1) heading or add the missing level "
                        + "(it is level \(block.level) after level \(previous))"))
            }
            previous = block.level
        }
        return findings
    }
}

/// `accessibility.heading_multiple_h1`: more than one top-level heading.
struct HeadingMultipleH1Rule: Rule {
    static let description = RuleDescription(
        id: "accessibility.heading_multiple_h1", name: "More than one top-level heading",
        description: "An article has more than one level-1 heading (WCAG 2.2 SC 1.3.1 Info and Relationships)",
        rationale: "The level-1 heading is the article's headline; screen-reader users jump to it to find where the "
            + "story starts. Make later sections level 2.",
        severity: .warning, reference: "WCAG 2.2 SC 1.3.1 Info and Relationships",
        triggeringExamples: [
            "# Storm hits coast\n\nText.\n\n# ↓Damage\n\nText.\n",
        ],
        nonTriggeringExamples: [
            "# Storm hits coast\n\nText.\n\n## Damage\n\nText.\n",
        ], group: .accessibility)

    func check(_ context: RuleContext) -> [Finding] {
        let tops = Headings.all(context.document).filter { $0.level == 1 }
        return tops.dropFirst().map { block in
            context.finding(Self.description, block: block, textRange: 0..<block.text.utf8.count,
                            message: "Make '\(block.text)' a level-2 heading: the article already has a level-1 heading")
        }
    }
}

/// `accessibility.heading_title_mismatch`: the level-1 heading disagrees with the title.
struct HeadingTitleMismatchRule: Rule {
    static let description = RuleDescription(
        id: "accessibility.heading_title_mismatch", name: "Headline and title disagree",
        description: "The level-1 heading differs from the article's title (WCAG 2.2 SC 2.4.2 Page Titled, SC 2.4.6 Headings and Labels)",
        rationale: "The title is what a browser tab, a search result and a screen reader announce first; the headline is "
            + "what the page then shows. When they differ, readers wonder whether they landed on the right story. "
            + "A title may add the site name after | or a dash.",
        severity: .suggestion, reference: "WCAG 2.2 SC 2.4.2 Page Titled",
        triggeringExamples: [
            "---\ntitle: Storm hits coast\nlang: en-GB\n---\n\n# ↓Council approves bridge repairs\n\nText.\n",
        ],
        nonTriggeringExamples: [
            "---\ntitle: Storm hits coast\nlang: en-GB\n---\n\n# Storm hits coast\n\nText.\n",
            "---\ntitle: \"Storm hits coast | The Westhaven Echo\"\nlang: en-GB\n---\n\n# Storm hits coast!\n\nText.\n",
        ], group: .accessibility)

    func check(_ context: RuleContext) -> [Finding] {
        let document = context.document
        let title = document.frontMatter?.values["title"]?.string
            ?? document.blocks.first { $0.kind == .frontMatter && $0.field == "title" }?.text
        guard let title, let headline = Headings.all(document).first(where: { $0.level == 1 }) else { return [] }
        let a = Headings.comparable(title)
        let b = Headings.comparable(headline.text)
        guard !a.isEmpty, !b.isEmpty, a != b else { return [] }
        // "Headline | Site" or "Headline - Site": the raw title starts with the headline and a separator follows.
        if a.hasPrefix(b), Self.hasSeparator(title, afterPrefixOf: headline.text) { return [] }
        return [context.finding(Self.description, block: headline, textRange: 0..<headline.text.utf8.count,
                                message: "Match the headline '\(headline.text)' to the title '\(title)'")]
    }

    /// "Headline | Site": a separator follows where the headline's words end.
    private static func hasSeparator(_ title: String, afterPrefixOf headline: String) -> Bool {
        let headlineLength = Headings.comparable(headline).count
        return ["|", " - ", " – ", " — ", " · ", ": "].contains { separator in
            guard let found = title.range(of: separator) else { return false }
            return title.distance(from: title.startIndex, to: found.lowerBound) >= headlineLength - 1
        }
    }
}

/// `accessibility.heading_empty`: a heading with no text.
struct HeadingEmptyRule: Rule {
    static let description = RuleDescription(
        id: "accessibility.heading_empty", name: "Empty heading",
        description: "A heading has no text (WCAG 2.2 SC 2.4.6 Headings and Labels)",
        rationale: "Screen readers announce an empty heading as \"heading level 2\" and nothing more, "
            + "a stop on the way through the article that leads nowhere.",
        severity: .warning, reference: "WCAG 2.2 SC 2.4.6 Headings and Labels",
        triggeringExamples: [
            "# Storm hits coast\n\nText.\n\n↓##\n\nMore text.\n",
        ],
        nonTriggeringExamples: [
            "# Storm hits coast\n\nText.\n\n## Damage\n\nMore text.\n",
        ], group: .accessibility)

    func check(_ context: RuleContext) -> [Finding] {
        var findings = context.document.emptyHeadings.map { range in
            context.finding(Self.description, sourceRange: range, message: "Give the heading text or remove it")
        }
        // A heading whose only content is markup or punctuation.
        for block in Headings.all(context.document)
        where !block.text.unicodeScalars.contains(where: { $0.isLetterLike || $0.isNumberLike })
            && !block.text.contains(Block.placeholder) {
            findings.append(context.finding(Self.description, block: block, textRange: 0..<block.text.utf8.count,
                                            message: "Give the heading '\(block.text)' words or remove it"))
        }
        return findings
    }
}

/// `accessibility.heading_long`: a heading with more than `accessibility.heading_max_words` (15) words.
struct HeadingLongRule: Rule {
    static let description = RuleDescription(
        id: "accessibility.heading_long", name: "Long heading",
        description: "A heading has more words than accessibility.heading_max_words (\(AccessibilityConfiguration.defaultText("heading_max_words"))) (WCAG 2.2 SC 2.4.6 Headings and Labels)",
        rationale: "Listeners skim an article by hearing its headings one after another; a heading that runs to a "
            + "sentence and more hides the topic it should name. Move the detail into the text below.",
        severity: .suggestion, reference: "WCAG 2.2 SC 2.4.6 Headings and Labels",
        triggeringExamples: [
            "## ↓What the council said on Tuesday night about the bridge, the roads, the buses and the new tax\n\nText.\n",
        ],
        nonTriggeringExamples: [
            "## What the council said\n\nText.\n",
        ], group: .accessibility)

    func check(_ context: RuleContext) -> [Finding] {
        let limit = context.configuration.accessibility.headingMaxWords
        return Headings.all(context.document).compactMap { block in
            let count = Headings.wordCount(block)
            guard count > limit else { return nil }
            return context.finding(Self.description, block: block, textRange: 0..<block.text.utf8.count,
                                   message: "Shorten the heading '\(block.text)' to \(limit) words or fewer (it has \(count))")
        }
    }
}
