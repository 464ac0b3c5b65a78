/// The kinds of mark in the annotated article: each has a name, a short text label (so colour is never the
/// only cue) and a CSS class; the reader can show or hide each kind.
public struct FindingKind: Sendable, Equatable {
    public let id: String
    public let name: String
    /// Two or three letters shown in the text beside the mark.
    public let label: String
    /// Rule ids, or family prefixes ending in `.`, that belong to this kind.
    let rules: [String]

    /// In display order; the last one catches every rule no other kind claims.
    public static let all: [FindingKind] = [
        FindingKind(id: "spelling", name: "Misspelling", label: "SP",
                    rules: ["spelling.misspelling", "spelling.repeated_word"]),
        FindingKind(id: "name", name: "Unknown name", label: "NM",
                    rules: ["spelling.unknown_name", "spelling.name_variant"]),
        FindingKind(id: "hard", name: "Hard sentence", label: "HS",
                    rules: ["readability.hard_sentence", "readability.long_sentence", "readability.long_paragraph"]),
        FindingKind(id: "grade", name: "Grade over target", label: "GR", rules: ["readability.grade_target"]),
        FindingKind(id: "veryhard", name: "Very hard sentence", label: "VH", rules: ["readability.very_hard_sentence"]),
        FindingKind(id: "passive", name: "Passive voice", label: "PV", rules: ["readability.passive_voice"]),
        FindingKind(id: "plain", name: "Plain-language swap", label: "PL",
                    rules: ["readability.plain_language", "readability.adverb"]),
        FindingKind(id: "sensitive", name: "Sensitive passage", label: "CW", rules: ["content_warning."]),
        FindingKind(id: "access", name: "Accessibility", label: "AX", rules: ["accessibility."]),
        FindingKind(id: "other", name: "Other", label: "OT", rules: []),
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

    /// The kind shown for content-warning passages found by the analysis.
    public static var sensitive: FindingKind { all.first { $0.id == "sensitive" }! }
}
