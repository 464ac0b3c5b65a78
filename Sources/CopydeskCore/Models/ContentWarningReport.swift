/// How much of a sensitive subject a passage shows, after DoesTheDogDie's "mentioned" and "depicted".
public enum ContentWarningLevel: String, Codable, Sendable, CaseIterable, Comparable {
    /// A passing reference.
    case mention
    /// The subject is described.
    case description
    /// Explicit physical detail.
    case graphic

    private var rank: Int {
        switch self {
        case .mention: return 0
        case .description: return 1
        case .graphic: return 2
        }
    }

    public static func < (lhs: ContentWarningLevel, rhs: ContentWarningLevel) -> Bool { lhs.rank < rhs.rank }
}

/// Where a content warning should go and what it should say, for one file (`content_warnings` in JSON).
public struct ContentWarningReport: Codable, Sendable, Equatable {
    /// Consecutive sensitive paragraphs of one category, with the words that made the call.
    public struct Passage: Codable, Sendable, Equatable {
        public var startLine: Int
        public var endLine: Int
        public var graphic: Bool
        /// Matched words and the reason, e.g. `"raped" (sexual violence term)`.
        public var evidence: [String]
        /// Why the passage has its level, e.g. `description: weight 5 over 2 paragraphs`.
        public var reasons: [String]

        public init(startLine: Int, endLine: Int, graphic: Bool, evidence: [String], reasons: [String] = []) {
            self.startLine = startLine
            self.endLine = endLine
            self.graphic = graphic
            self.evidence = evidence
            self.reasons = reasons
        }

        enum CodingKeys: String, CodingKey {
            case startLine = "start_line", endLine = "end_line", graphic, evidence, reasons
        }
    }

    /// One detected category: its id, its reader-facing name, its highest level and its passages.
    public struct Category: Codable, Sendable, Equatable {
        public var id: String
        /// The name editors read (`Death and grief`): `categories.tsv`'s, or a custom category's own.
        public var name: String
        public var level: ContentWarningLevel
        public var passages: [Passage]

        public init(id: String, name: String? = nil, level: ContentWarningLevel, passages: [Passage]) {
            self.id = id
            self.name = name ?? Self.fallbackName(id)
            self.level = level
            self.passages = passages
        }

        /// The name of a category no list names: `sexual_violence` → `Sexual violence`.
        public static func fallbackName(_ id: String) -> String {
            let words = id.replacingOccurrences(of: "_", with: " ")
            return words.prefix(1).uppercased() + words.dropFirst()
        }

        enum CodingKeys: String, CodingKey { case id, name, level, passages }

        /// Results written before categories carried their name still read.
        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            name = try c.decodeIfPresent(String.self, forKey: .name) ?? Self.fallbackName(id)
            level = try c.decode(ContentWarningLevel.self, forKey: .level)
            passages = try c.decode([Passage].self, forKey: .passages)
        }
    }

    /// The reader-facing name of a category id this report mentions (a detected one's name, else from the id).
    public func name(of id: String) -> String {
        categories.first { $0.id == id }?.name ?? Category.fallbackName(id)
    }

    /// Whether the position is at the top (after headline and standfirst) or just before the first passage.
    public enum Position: String, Codable, Sendable {
        case top
        case beforePassage = "before_passage"
    }

    /// The warning Copydesk suggests.
    public struct Suggestion: Codable, Sendable, Equatable {
        /// False when the article needs no warning or already carries a complete, well-placed one.
        public var needed: Bool
        public var position: Position?
        /// 1-based line the note goes before.
        public var insertBeforeLine: Int?
        /// The wording, e.g. "This article contains descriptions of sexual violence."
        public var text: String
        /// Where, in words, e.g. "before paragraph 3, after the heading \"The trial\"" (empty when no note is needed).
        public var placement: String
        /// A content-note paragraph in Markdown.
        public var markdown: String
        /// The same note in HTML; a `<details>` wrapper when a passage is graphic.
        public var html: String

        public init(needed: Bool, position: Position?, insertBeforeLine: Int?, text: String, markdown: String, html: String,
                    placement: String = "") {
            self.needed = needed
            self.placement = placement
            self.position = position
            self.insertBeforeLine = insertBeforeLine
            self.text = text
            self.markdown = markdown
            self.html = html
        }

        enum CodingKeys: String, CodingKey {
            case needed, position, insertBeforeLine = "insert_before_line", text, markdown, html, placement
        }

        /// Every key is written, `null` included, so the JSON shape never changes.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(needed, forKey: .needed)
            try c.encode(position, forKey: .position)
            try c.encode(insertBeforeLine, forKey: .insertBeforeLine)
            try c.encode(text, forKey: .text)
            try c.encode(markdown, forKey: .markdown)
            try c.encode(html, forKey: .html)
            try c.encode(placement, forKey: .placement)
        }
    }

    /// What is wrong with a warning the article already carries.
    public enum Problem: String, Codable, Sendable {
        case missingCategories = "missing_categories"
        case afterSensitivePassage = "after_sensitive_passage"
        case vague
    }

    /// A warning the article already has (front matter or an inline note).
    public struct Existing: Codable, Sendable, Equatable {
        public var present: Bool
        public var line: Int?
        /// Category ids the existing wording names.
        public var categories: [String]
        public var problems: [Problem]

        public init(present: Bool, line: Int?, categories: [String], problems: [Problem]) {
            self.present = present
            self.line = line
            self.categories = categories
            self.problems = problems
        }

        enum CodingKeys: String, CodingKey { case present, line, categories, problems }

        /// Every key is written, `null` included.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(present, forKey: .present)
            try c.encode(line, forKey: .line)
            try c.encode(categories, forKey: .categories)
            try c.encode(problems, forKey: .problems)
        }
    }

    /// The article's desk, which decides how figurative-prone words ("killed", "shot") are read.
    public struct Domain: Codable, Sendable, Equatable {
        /// `news` (the default) or a desk from `domains.tsv`: sport, business, technology, science, food, culture, politics, weather.
        public var id: String
        /// Whether harm words are read as figurative unless literal harm is corroborated.
        public var figurative: Bool
        /// "domain: sport, from section: Sport and goal, half time, manager".
        public var evidence: String

        public init(id: String, figurative: Bool, evidence: String) {
            self.id = id
            self.figurative = figurative
            self.evidence = evidence
        }
    }

    public var categories: [Category]
    public var suggestion: Suggestion
    public var existing: Existing
    public var domain: Domain

    public init(categories: [Category], suggestion: Suggestion, existing: Existing,
                domain: Domain = Domain(id: "news", figurative: false, evidence: "domain: news, from default")) {
        self.categories = categories
        self.suggestion = suggestion
        self.existing = existing
        self.domain = domain
    }

    /// The highest level over all categories, nil when nothing sensitive was found.
    public var highestLevel: ContentWarningLevel? { categories.map(\.level).max() }
}
