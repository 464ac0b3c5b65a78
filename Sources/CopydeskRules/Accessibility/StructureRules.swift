import CopydeskCore

/// `accessibility.table_no_header`: a table without a header row.
struct TableNoHeaderRule: Rule {
    static let description = RuleDescription(
        id: "accessibility.table_no_header", name: "Table without header row",
        description: "A table has no header row (WCAG 2.2 SC 1.3.1 Info and Relationships)",
        rationale: "Screen readers announce each cell with its column header; without one, a listener hears numbers "
            + "with no idea what they measure. Give every column a header (in HTML, <th> cells).",
        severity: .warning, reference: "WCAG 2.2 SC 1.3.1 Info and Relationships",
        triggeringExamples: [
            "Results:\n\n↓| | |\n|---|---|\n| Yes | 9 |\n| No | 4 |\n",
        ],
        nonTriggeringExamples: [
            "Results:\n\n| Vote | Councillors |\n|---|---|\n| Yes | 9 |\n| No | 4 |\n",
        ], group: .accessibility)

    func check(_ context: RuleContext) -> [Finding] {
        context.document.tables.filter { !$0.hasHeaderRow }.map { table in
            context.finding(Self.description, sourceRange: table.sourceRange,
                            message: "Add a header row naming each column of the table")
        }
    }
}

/// `accessibility.fake_list`: a list typed as lines of a paragraph.
struct FakeListRule: Rule {
    static let description = RuleDescription(
        id: "accessibility.fake_list", name: "List faked with line breaks",
        description: "A paragraph holds a list made of line breaks and bullets or numbers (WCAG 2.2 SC 1.3.1 Info and Relationships)",
        rationale: "A real list tells a screen-reader user how many items there are and lets them skip it; bullets "
            + "typed into a paragraph are read as one run of text. Use list markup (- item, 1. item; <ul> in HTML). "
            + "Plain-text files have no list markup and are not checked.",
        severity: .suggestion, reference: "WCAG 2.2 SC 1.3.1 Info and Relationships",
        triggeringExamples: [
            "The council will:\n↓• repair the bridge\n• resurface the road\n• add a bus lane\n",
            "Steps:<br>↓2) Fill the form<br>3) Post it\n",
        ],
        nonTriggeringExamples: [
            "The council will:\n\n- repair the bridge\n- resurface the road\n",
            "The vote was close.\nNine backed the plan and four opposed it.\n",
        ], group: .accessibility)

    private static let bullets: Set<Character> = ["•", "·", "▪", "▫", "◦", "‣", "●", "○", "■", "□", "➢", "►", "▶", "→", "✓", "✔", "-", "*", "–", "—"]

    func check(_ context: RuleContext) -> [Finding] {
        // Plain text has no list markup to offer.
        guard context.document.syntax != .text else { return [] }
        var findings: [Finding] = []
        for block in context.document.blocks where (block.kind == .paragraph || block.kind == .listItem) && block.text.utf8.contains(0x0A) {
            var offset = 0
            var items: [Range<Int>] = []
            for line in block.text.split(separator: "\n", omittingEmptySubsequences: false) {
                let length = line.utf8.count
                let trimmed = line.drop { $0 == " " }
                let lead = line.utf8.count - trimmed.utf8.count
                if Self.isItem(trimmed) { items.append((offset + lead)..<(offset + length)) }
                offset += length + 1
            }
            guard items.count >= 2, let first = items.first, let last = items.last else { continue }
            findings.append(context.finding(Self.description, block: block, textRange: first.lowerBound..<last.upperBound,
                                            message: "Make these \(items.count) lines a list"))
        }
        return findings
    }

    /// "• item", "- item", "2) item", "3. item".
    private static func isItem(_ line: Substring) -> Bool {
        guard let head = line.first else { return false }
        if bullets.contains(head) {
            let rest = line.dropFirst()
            return rest.first == " " && rest.dropFirst().contains { $0.isLetter }
        }
        let digits = line.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2 else { return false }
        let rest = line.dropFirst(digits.count)
        return (rest.first == "." || rest.first == ")") && rest.dropFirst().first == " "
    }
}

/// `accessibility.page_language` (formerly `accessibility.language_missing`): the article does not declare its
/// language, or declares one that is not a language tag.
struct LanguageMissingRule: Rule {
    static let description = RuleDescription(
        id: "accessibility.page_language", name: "Page language missing or invalid",
        description: "The article does not declare its language, or not as a language tag (WCAG 2.2 SC 3.1.1 Language of Page)",
        rationale: "Screen readers pick their voice and pronunciation from the declared language, and Copydesk picks "
            + "its dictionary from it. Add `lang: en-GB` to the front matter, or <html lang=\"en-GB\">. Plain-text "
            + "files, and Markdown without front matter (a fragment that takes the language of the page it goes into), "
            + "have nowhere to declare it and are not checked; switch off with accessibility.require_language. "
            + "The fix adds the configured language. A full HTML page without it is a warning; Markdown, whose page "
            + "often gets its language from the site template, a suggestion. A declared language must be a BCP 47 tag "
            + "(en, en-GB, pt-BR) or, in front matter, a dictionary name (en_US, which names the hunspell dictionary): \"english\" means "
            + "nothing to a browser.",
        severity: .warning, reference: "WCAG 2.2 SC 3.1.1 Language of Page",
        triggeringExamples: [
            "---\n↓title: Storm hits coast\n---\n\nText.\n",
            "---\n↓title: Storm hits coast\nauthor: Priya Raman\n---\n\n# Storm hits coast\n\nText.\n",
            "---\ntitle: Storm hits coast\n↓lang: english\n---\n\nText.\n",
            "---\ntitle: Storm hits coast\n↓language: british\n---\n\nText.\n",
        ],
        nonTriggeringExamples: [
            "---\ntitle: Storm hits coast\nlang: en-GB\n---\n\nText.\n",
            "---\ntitle: Storm hits coast\nlang: en_US\n---\n\nText.\n",
            "Storm hits coast.\n",
        ],
        fix: .safe, group: .accessibility)

    func check(_ context: RuleContext) -> [Finding] {
        let document = context.document
        if let declared = document.metadataLanguage {
            // In front matter `en_US` names the hunspell dictionary Copydesk checks with, and the site's template
            // turns it into a tag; an HTML page's `<html lang>` is read by the browser itself, so there it must be a tag.
            let accepted = Self.isLanguageTag(declared) || (document.syntax != .html && Self.isDictionaryName(declared))
            return accepted ? [] : invalid(declared, context)
        }
        guard context.configuration.accessibility.requireLanguage else { return [] }
        let tag = context.configuration.language.replacingOccurrences(of: "_", with: "-")
        let source = document.source
        if document.syntax == .html {
            return [context.finding(Self.description, sourceRange: source.range(ofLine: 1),
                                    message: "Declare the article's language: add <html lang=\"…\">",
                                    suggestions: ["<html lang=\"\(tag)\">"])]
        }
        // Markdown: report the front matter's first line inside the delimiters; the fix adds the line before the closing one.
        guard document.syntax == .markdown, let front = document.frontMatter, front.sourceRange.count > 0 else { return [] }
        let firstLine = source.location(at: front.sourceRange.lowerBound).line + 1
        let closingLine = source.location(at: front.sourceRange.upperBound - 1).line
        let closing = source.range(ofLine: closingLine)
        let reported = firstLine < closingLine ? source.range(ofLine: firstLine) : closing
        let line = front.format == .toml ? "lang = \"\(tag)\"\n" : "lang: \(tag)\n"
        return [context.finding(
            Self.description, sourceRange: reported,
            message: "Declare the article's language: add 'lang:' to the front matter",
            // A Markdown article's page usually gets its language from the site template: a suggestion.
            suggestions: [line.trimmingCharacters(in: .newlines)], severity: .suggestion,
            fix: Fix(start: closing.lowerBound, end: closing.lowerBound, replacement: line))]
    }

    /// en_US, en_GB, pt_BR: a dictionary name (language, underscore, region), accepted as the article's language.
    static func isDictionaryName(_ value: String) -> Bool {
        let parts = value.split(separator: "_", omittingEmptySubsequences: false)
        return parts.count == 2 && isLanguageTag(String(parts[0]))
            && parts[1].count == 2 && parts[1].allSatisfy { $0.isASCII && $0.isUppercase }
    }

    /// en, en-GB, zh-Hant-TW, es-419: a 2–3 letter language and subtags of 1–8 letters or digits.
    static func isLanguageTag(_ value: String) -> Bool {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count),
              language.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    private func invalid(_ declared: String, _ context: RuleContext) -> [Finding] {
        let document = context.document
        let source = document.source
        let line = ["lang", "language"].compactMap { document.frontMatter?.keyLines[$0] }.first
        let range = line.map { source.range(ofLine: $0) }
            ?? source.text(0..<source.count).range(of: declared).map { found -> Range<Int> in
                let text = source.text(0..<source.count)
                let start = text.utf8.distance(from: text.startIndex, to: found.lowerBound)
                return start..<(start + declared.utf8.count)
            } ?? source.range(ofLine: 1)
        let fixed = declared.replacingOccurrences(of: "_", with: "-")
        let suggestion = Self.isLanguageTag(fixed) ? [fixed] : []
        return [context.finding(Self.description, sourceRange: range,
                                message: "Write the language '\(declared)' as a language tag such as 'en-GB'",
                                suggestions: suggestion)]
    }
}
