/// The kinds of mark in the article: each has a name, a short text label (so colour is never the only cue) and
/// a CSS class; the reader can show or hide each kind. One kind per thing an editor does about it, so a count
/// never mixes long sentences into hard ones or adverbs into plain-language swaps.
public struct FindingKind: Sendable, Equatable {
    public let id: String
    public let name: String
    /// The name for a count: `3 misspellings`.
    public let plural: String
    /// Two letters shown in the text beside the mark.
    public let label: String
    /// The CSS colour family (`--k-…`) of the kind's marks.
    let colour: String
    /// Rule ids, or family prefixes ending in `.`, that belong to this kind.
    let rules: [String]

    init(_ id: String, _ name: String, _ plural: String, _ label: String, colour: String? = nil, rules: [String]) {
        self.id = id
        self.name = name
        self.plural = plural
        self.label = label
        self.colour = colour ?? id
        self.rules = rules
    }

    /// In display order; the last one catches every rule no other kind claims.
    public static let all: [FindingKind] = [
        FindingKind("spelling", "Misspelling", "misspellings", "SP", rules: ["spelling.misspelling"]),
        FindingKind("repeat", "Repeated word", "repeated words", "RW", colour: "spelling", rules: ["spelling.repeated_word"]),
        FindingKind("sensitive", "Content warning", "content-warning issues", "CW", rules: ["content_warning."]),
        FindingKind("access", "Accessibility", "accessibility issues", "AX", rules: ["accessibility."]),
        FindingKind("grade", "Grade over target", "grade over target", "GR", rules: ["readability.grade_target"]),
        FindingKind("veryhard", "Very hard sentence", "very hard sentences", "VH", rules: ["readability.very_hard_sentence"]),
        FindingKind("hard", "Hard sentence", "hard sentences", "HS", rules: ["readability.hard_sentence"]),
        FindingKind("long", "Long sentence", "long sentences", "LS", colour: "hard", rules: ["readability.long_sentence"]),
        FindingKind("paragraph", "Long paragraph", "long paragraphs", "LP", colour: "grade", rules: ["readability.long_paragraph"]),
        FindingKind("passive", "Passive voice", "passive verbs", "PV", rules: ["readability.passive_voice"]),
        FindingKind("plain", "Plain-language swap", "plain-language swaps", "PL", rules: ["readability.plain_language"]),
        FindingKind("adverb", "Adverb", "adverbs", "AD", colour: "plain", rules: ["readability.adverb"]),
        FindingKind("name", "Name to check", "names to check", "NM", rules: ["spelling.unknown_name", "spelling.name_variant"]),
        FindingKind("other", "Other", "other findings", "OT", rules: []),
    ]

    /// The kind a rule's findings are shown as.
    public static func of(rule: String) -> FindingKind {
        for kind in all {
            for pattern in kind.rules {
                if pattern.hasSuffix(".") ? rule.hasPrefix(pattern) : rule == pattern { return kind }
            }
        }
        return all[all.count - 1]
    }

    /// `1 misspelling`, `3 misspellings`.
    public func count(_ n: Int) -> String {
        n == 1 ? "1 \(name.lowercased())" : "\(n) \(plural)"
    }
}
