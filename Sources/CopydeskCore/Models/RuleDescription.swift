/// What `copydesk lint --fix` may do with a rule's fixes.
public enum FixSafety: String, Sendable {
    /// Cannot change what the article says (an insertion such as the content warning or the language tag):
    /// applied by plain `--fix`.
    case safe
    /// A change of wording (a plain-language swap): a suggestion with its replacement, applied only when asked
    /// for by rule (`--fix=RULE_ID`), and never inside quoted speech.
    case optIn = "opt_in"
}

/// Everything a user or a test needs to know about a rule. The examples are its tests and its documentation.
public struct RuleDescription: Sendable {
    /// Family-prefixed snake_case id, e.g. `spelling.misspelling`.
    public let id: String
    public let name: String
    /// One line, shown by `copydesk rules`.
    public let description: String
    /// Why the rule exists; shown by `copydesk explain`.
    public let rationale: String
    public let severity: Severity
    /// A WCAG success criterion or guideline the rule serves, if any.
    public let reference: String?
    /// Articles (Markdown) in which the rule reports something. `↓` marks each expected finding start.
    public let triggeringExamples: [Example]
    /// Articles in which the rule reports nothing.
    public let nonTriggeringExamples: [Example]
    /// Options accepted under `rules: {id: {...}}` besides `enabled` and `severity`, each declared once.
    public let options: [RuleOption]
    /// Reports once about the whole article, at its first line (e.g. the article's grade against its target).
    public let documentLevel: Bool
    /// What `--fix` may do with the rule's fixes; nil when the rule makes none.
    public let fix: FixSafety?
    /// How the HTML report shows the rule's findings; nil: with `other`.
    public let group: ReportGroup?

    public init(
        id: String, name: String, description: String, rationale: String,
        severity: Severity, reference: String? = nil,
        triggeringExamples: [Example], nonTriggeringExamples: [Example], options: [RuleOption] = [],
        documentLevel: Bool = false, fix: FixSafety? = nil, group: ReportGroup? = nil
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.rationale = rationale
        self.severity = severity
        self.reference = reference
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
        self.options = options
        self.documentLevel = documentLevel
        self.fix = fix
        self.group = group
    }

    /// The family prefix: `spelling`, `readability`, `content_warning`, `accessibility`.
    public var family: String { String(id.prefix { $0 != "." }) }
}
