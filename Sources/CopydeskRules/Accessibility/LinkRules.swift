import CopydeskCore

/// Link text as a listener hears it, ready to compare.
enum LinkText {
    /// Lower case, spaces collapsed, surrounding punctuation and arrows removed.
    static func normalized(_ text: String) -> String {
        let trimming: Set<Character> = [".", ",", ":", ";", "!", "?", "…", "»", "›", "→", "«", "‹", "(", ")", "[", "]", "\"", "'", "“", "”", " "]
        let words = text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return String(words.drop(while: { trimming.contains($0) }).reversed().drop(while: { trimming.contains($0) }).reversed())
    }

    static func isURL(_ text: String) -> Bool {
        let lower = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return !lower.contains(" ") && (lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www."))
    }

    /// The source range of the link's text: inside `[...]` or between `<a ...>` and `</a>`; the whole link otherwise.
    static func textRange(_ link: Link, in source: SourceText) -> Range<Int> {
        let bytes = source.utf8
        let range = link.sourceRange
        guard range.count > 2, range.upperBound <= bytes.count else { return range }
        var inner: Range<Int>?
        if bytes[range.lowerBound] == UInt8(ascii: "[") {
            var depth = 0
            var k = range.lowerBound
            while k < range.upperBound {
                let byte = bytes[k]
                if byte == UInt8(ascii: "\\") { k += 2; continue }
                if byte == UInt8(ascii: "[") { depth += 1 }
                if byte == UInt8(ascii: "]") {
                    depth -= 1
                    if depth == 0 { inner = (range.lowerBound + 1)..<k; break }
                }
                k += 1
            }
        } else if bytes[range.lowerBound] == UInt8(ascii: "<"), bytes[range.lowerBound + 1] | 0x20 == UInt8(ascii: "a"),
                  let open = bytes[range].firstIndex(of: UInt8(ascii: ">")),
                  let close = bytes[range].lastIndex(of: UInt8(ascii: "<")), close > open {
            inner = (open + 1)..<close
        }
        guard var text = inner else { return range }
        while text.lowerBound < text.upperBound, bytes[text.lowerBound] == 0x20 || bytes[text.lowerBound] == 0x0A {
            text = (text.lowerBound + 1)..<text.upperBound
        }
        while text.lowerBound < text.upperBound, bytes[text.upperBound - 1] == 0x20 || bytes[text.upperBound - 1] == 0x0A {
            text = text.lowerBound..<(text.upperBound - 1)
        }
        return text.isEmpty ? range : text
    }

    /// A destination without a trailing slash or fragment, so `/a/` and `/a#top` are the same page.
    static func destination(_ url: String) -> String {
        var value = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? url
        while value.hasSuffix("/") { value.removeLast() }
        return value.lowercased()
    }
}

/// `accessibility.link_text_vague`: link text that says nothing ("click here", "read more").
struct LinkTextVagueRule: Rule {
    static let description = RuleDescription(
        id: "accessibility.link_text_vague", name: "Vague link text",
        description: "Link text is empty or says nothing about where the link goes (WCAG 2.2 SC 2.4.4 Link Purpose (In Context))",
        rationale: "Screen-reader users often jump from link to link or list every link on a page: \"click here\" "
            + "out of context tells them nothing. Put the destination in the link text. The phrases are data "
            + "(Dictionaries/accessibility/vague-link-texts.txt); add your own with accessibility.vague_link_texts.",
        severity: .warning, reference: "WCAG 2.2 SC 2.4.4 Link Purpose (In Context)",
        triggeringExamples: [
            "The full council report is available [↓here](https://example.org/report.pdf).\n",
            "To see the vote, [↓click here](https://example.org/vote). [↓Read more…](https://example.org/more)\n",
            "An empty link: ↓[](https://example.org/vote).\n",
        ],
        nonTriggeringExamples: [
            "Read [the full council report](https://example.org/report.pdf).\n",
        ], group: .accessibility)

    func check(_ context: RuleContext) -> [Finding] {
        let vague = AccessibilityLexicon.shared(context).vagueLinkTexts
        return context.document.links.compactMap { link in
            let text = LinkText.normalized(link.text)
            let range = LinkText.textRange(link, in: context.document.source)
            if !link.destination.isEmpty, link.text.allSatisfy({ $0.isWhitespace || $0 == Block.placeholder }), (link.title ?? "").isEmpty {
                return context.finding(Self.description, sourceRange: range,
                                       message: "Give the link to '\(link.destination)' words that say where it goes")
            }
            guard vague.contains(text) else { return nil }
            return context.finding(Self.description, sourceRange: range,
                                   message: "Replace the link text '\(link.text.trimmingCharacters(in: .whitespaces))' "
                                       + "with words that say where it goes")
        }
    }
}

/// `accessibility.link_text_url`: a bare URL as link text.
struct LinkTextURLRule: Rule {
    static let description = RuleDescription(
        id: "accessibility.link_text_url", name: "URL as link text",
        description: "A link's text is a bare URL (WCAG 2.2 SC 2.4.4 Link Purpose (In Context))",
        rationale: "A screen reader spells a URL out character by character, and a long one says little about the page. "
            + "Name the page and link that name.",
        severity: .suggestion, reference: "WCAG 2.2 SC 2.4.4 Link Purpose (In Context)",
        triggeringExamples: [
            "The figures are at ↓https://example.org/budget/2026/figures.\n",
            "See [↓www.example.org/budget](https://www.example.org/budget).\n",
        ],
        nonTriggeringExamples: [
            "The figures are in [the 2026 budget](https://example.org/budget/2026/figures).\n",
            "Write to <letters@example.org>.\n",
        ], group: .accessibility)

    func check(_ context: RuleContext) -> [Finding] {
        context.document.links.compactMap { link in
            guard LinkText.isURL(link.text) else { return nil }
            return context.finding(Self.description, sourceRange: LinkText.textRange(link, in: context.document.source),
                                   message: "Replace the URL '\(link.text)' with the name of the page it leads to")
        }
    }
}

/// `accessibility.link_text_ambiguous`: the same link text for different destinations.
struct LinkTextAmbiguousRule: Rule {
    static let description = RuleDescription(
        id: "accessibility.link_text_ambiguous", name: "Same link text, different destinations",
        description: "Two links share their text but go to different places (WCAG 2.2 SC 2.4.4 Link Purpose (In Context))",
        rationale: "In a list of links the two are indistinguishable. Make each text say where its link goes.",
        severity: .warning, reference: "WCAG 2.2 SC 2.4.4 Link Purpose (In Context)",
        triggeringExamples: [
            "Read [the report](https://example.org/a) and [↓the report](https://example.org/b).\n",
        ],
        nonTriggeringExamples: [
            "Read [the report](https://example.org/a) and, later, [the report](https://example.org/a/#summary).\n",
            "Read [the council report](https://example.org/a) and [the auditor's report](https://example.org/b).\n",
        ], group: .accessibility)

    func check(_ context: RuleContext) -> [Finding] {
        let vague = AccessibilityLexicon.shared(context).vagueLinkTexts
        var first: [String: String] = [:]
        var findings: [Finding] = []
        for link in context.document.links {
            let text = LinkText.normalized(link.text)
            // Vague texts are reported by accessibility.link_text_vague; URLs differ by definition.
            guard !text.isEmpty, !vague.contains(text), !LinkText.isURL(link.text) else { continue }
            let destination = LinkText.destination(link.destination)
            guard let earlier = first[text] else {
                first[text] = destination
                continue
            }
            if earlier != destination {
                findings.append(context.finding(
                    Self.description, sourceRange: LinkText.textRange(link, in: context.document.source),
                    message: "Reword the link text '\(link.text)': another link with the same text goes elsewhere"))
            }
        }
        return findings
    }
}

/// `accessibility.link_new_window`: an HTML link that opens a new window without saying so.
struct LinkNewWindowRule: Rule {
    static let description = RuleDescription(
        id: "accessibility.link_new_window", name: "Link opens a new window unannounced",
        description: "A link opens a new window or tab without saying so (WCAG 2.2 SC 3.2.5 Change on Request)",
        rationale: "A new window breaks the Back button and can leave a screen-reader user lost. Avoid target=\"_blank\", "
            + "or say \"(opens in a new window)\" in the link text or title. Also serves SC 2.4.4 Link Purpose.",
        severity: .suggestion, reference: "WCAG 2.2 SC 3.2.5 Change on Request",
        triggeringExamples: [
            "Read <a href=\"https://example.org/r\" target=\"_blank\">↓the report</a> in full.\n",
        ],
        nonTriggeringExamples: [
            "Read <a href=\"https://example.org/r\" target=\"_blank\">the report (opens in a new window)</a> in full.\n",
            "Read <a href=\"https://example.org/r\">the report</a> in full.\n",
        ], group: .accessibility)

    func check(_ context: RuleContext) -> [Finding] {
        context.document.links.compactMap { link in
            guard link.opensNewWindow else { return nil }
            let said = (link.text + " " + (link.title ?? "")).lowercased()
            if said.contains("new window") || said.contains("new tab") { return nil }
            let name = link.text.isEmpty ? link.destination : link.text
            return context.finding(Self.description, sourceRange: LinkText.textRange(link, in: context.document.source),
                                   message: "Say that '\(name)' opens in a new window, or open it in the same one")
        }
    }
}
