/// Content-warning settings: `content_warnings:` in `.copydesk.yml`.
public struct ContentWarningsConfiguration: Sendable {
    /// Where `copydesk lint --fix` puts a missing warning.
    public enum FixMode: String, Sendable, CaseIterable {
        /// A `content_warning:` field in the front matter (Markdown with front matter only; else inline).
        case frontMatter = "front_matter"
        /// A content-note paragraph before the first sensitive passage (or at the top).
        case inline
        case both
    }

    /// A newsroom's own category, e.g. a notice about names and images of people who have died.
    public struct CustomCategory: Sendable, Equatable {
        /// snake_case id, reported like the built-in ones.
        public var id: String
        public var name: String
        /// Words and phrases (lexicon syntax: `a|b` alternatives, `stem*` prefixes) that trigger it.
        public var terms: [String]
        /// A sentence added to the warning as written, e.g. "Aboriginal and Torres Strait Islander readers are advised ...".
        public var wording: String

        public init(id: String, name: String, terms: [String], wording: String) {
            self.id = id
            self.name = name
            self.terms = terms
            self.wording = wording
        }
    }

    /// Built-in category ids that are checked; nil means all of them.
    public var enabledCategories: [String]?
    public var customCategories: [CustomCategory] = []
    public var fix: FixMode = .frontMatter
    /// Severity of a missing or incomplete warning for a passage at each level.
    public var mentionSeverity: Severity = .suggestion
    public var descriptionSeverity: Severity = .error
    public var graphicSeverity: Severity = .error
    /// A vague or late warning on an article with a description or graphic passage is reported at that level's
    /// severity (an error by default, so the publish gate stops it like a missing one); false keeps it a warning.
    public var inadequateBlocks = true
    /// A paragraph counts for a category when its term weights add up to at least this.
    public var minScore: Double = 2

    public init() {}

    /// The severity for a missing or incomplete warning at `level`.
    public func severity(for level: ContentWarningLevel) -> Severity {
        switch level {
        case .mention: return mentionSeverity
        case .description: return descriptionSeverity
        case .graphic: return graphicSeverity
        }
    }

    /// The severity of a vague or late warning on an article whose highest level is `level`: that level's
    /// severity for a description or graphic passage (when `inadequateBlocks`), else `fallback`.
    public func inadequateSeverity(for level: ContentWarningLevel?, fallback: Severity) -> Severity {
        guard inadequateBlocks, let level, level >= .description else { return fallback }
        return max(severity(for: level), fallback)
    }

    /// Whether a built-in category is checked.
    public func isEnabled(_ id: String) -> Bool {
        enabledCategories.map { $0.contains(id) } ?? true
    }
}

extension ContentWarningsConfiguration: ConfigurationSection {
    public static let key = "content_warnings"

    public static var settings: [Setting<ContentWarningsConfiguration>] {
        [
            .list("enabled_categories", \.enabledCategories,
                  help: "Built-in categories that are checked (ids of Dictionaries/content-warnings/categories.tsv); unset: all.",
                  example: "[suicide, sexual_violence]"),
            Setting("custom_categories", accepts: "a list of {id, name, terms, wording}",
                    help: "The newsroom's own categories: {id, name, terms: [phrases], wording: the sentence added}.",
                    read: { (section, value) throws(ConfigError) in section.customCategories = try Self.customCategories(value) },
                    write: { $0.customCategories.isEmpty ? "[]" : nil }),
            .choice("fix", \.fix, help: "Where 'copydesk lint --fix' puts a missing warning."),
            Setting("severity", accepts: "suggestion, warning or error for each of mention, description and graphic",
                    help: "Severity of a missing or incomplete warning for a passage at each level.",
                    read: { (section, value) throws(ConfigError) in try section.readSeverities(value) },
                    write: { section in
                        "{" + ContentWarningLevel.allCases.map { "\($0.rawValue): \(section.severity(for: $0).rawValue)" }
                            .joined(separator: ", ") + "}"
                    }),
            .number("min_score", \.minScore, in: 0.5...100,
                    help: "A paragraph counts for a category when its term weights add up to at least this."),
            .flag("inadequate_blocks", \.inadequateBlocks,
                  help: "A vague or late warning on a description or graphic passage has that level's severity; false: a warning."),
        ]
    }

    private mutating func readSeverities(_ node: ConfigNode) throws(ConfigError) {
        try node.readMapping(ContentWarningLevel.allCases.map(\.rawValue)) { (key, value) throws(ConfigError) in
            let severity = try value.oneOf(Severity.self)
            switch key {
            case "mention": mentionSeverity = severity
            case "description": descriptionSeverity = severity
            case "graphic": graphicSeverity = severity
            default: break
            }
        }
    }

    private static func customCategories(_ node: ConfigNode) throws(ConfigError) -> [CustomCategory] {
        var out: [CustomCategory] = []
        for item in try node.list() {
            var id = "", name = "", wording = ""
            var terms: [String] = []
            try item.readMapping(["id", "name", "terms", "wording"]) { (key, value) throws(ConfigError) in
                switch key {
                case "id": id = try value.string()
                case "name": name = try value.string()
                case "terms": terms = try value.strings()
                case "wording": wording = try value.string()
                default: break
                }
            }
            let validID = !id.isEmpty && id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "_" }
            guard validID else { throw item.error("a custom category needs an 'id' in snake_case") }
            guard !terms.isEmpty else { throw item.error("custom category '\(id)' needs 'terms'") }
            guard !wording.isEmpty else { throw item.error("custom category '\(id)' needs 'wording'") }
            out.append(CustomCategory(id: id, name: name.isEmpty ? id : name, terms: terms, wording: wording))
        }
        return out
    }
}
