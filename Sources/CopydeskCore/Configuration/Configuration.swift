/// Per-rule settings from `rules:` in `.copydesk.yml`.
public struct RuleSettings: Sendable {
    public var enabled: Bool = true
    public var severity: Severity?
    /// Rule-specific options as written, checked against the rule's `RuleDescription.options` (`RuleOption`).
    public var options: [String: ConfigNode] = [:]
    /// Where the rule's entry is, for error messages.
    public var line: Int?

    public init(enabled: Bool = true, severity: Severity? = nil, options: [String: ConfigNode] = [:], line: Int? = nil) {
        self.enabled = enabled
        self.severity = severity
        self.options = options
        self.line = line
    }
}

/// Spelling settings: `spelling:` in `.copydesk.yml`.
public struct SpellingConfiguration: Sendable {
    /// Extra word lists (hunspell personal-dictionary form), relative to the config file.
    public var wordLists: [String] = []
    /// Words accepted everywhere.
    public var words: [String] = []
    /// All-caps words up to this many letters are taken as acronyms and not checked.
    public var acronymMaxLength = 6
    /// Suggestions shown per misspelling.
    public var maxSuggestions = 5
    /// Folders searched for `LANG.dic` / `LANG.aff` before the system ones.
    public var dictionaryDirectories: [String] = []
    /// Titles added to `Dictionaries/spelling/titles.txt` (never reported; a capitalised unknown word after one is a name).
    public var titles: [String] = []

    public init() {}
}

/// The typed, versioned contents of a `.copydesk.yml`. Flags override it.
public struct Configuration: Sendable {
    public static let fileName = ".copydesk.yml"
    public static let currentVersion = 1

    /// The file it came from; nil for the built-in defaults.
    public var path: String?
    public var version = Configuration.currentVersion
    /// The language as written (`en_US`, `en-GB`, `en`), `en_US` by default; `DictionaryName` in the spelling
    /// target turns it into a hunspell dictionary.
    public var language = "en_US"
    public var extensions = Syntax.defaultExtensions
    /// `extensions:` is written in the file: a folder walk then checks every file with one of them, plain-text
    /// files that read as data too.
    public var extensionsListed = false
    public var exclude: [String] = []
    public var failLevel: Severity = .error
    public var spelling = SpellingConfiguration()
    public var readability = ReadabilityConfiguration()
    public var contentWarnings = ContentWarningsConfiguration()
    public var accessibility = AccessibilityConfiguration()
    public var rules: [String: RuleSettings] = [:]
    /// Notes about old forms still accepted (a renamed rule id), with file and line, for standard error.
    public var deprecations: [String] = []

    public init() {}

    public static let `default` = Configuration()

    /// Folder of the config file, against which its relative paths are read.
    public var directory: String? {
        guard let path else { return nil }
        if let slash = path.lastIndex(of: "/") { return String(path[..<slash]) }
        return "."
    }

    /// A rule's settings: its own entry, else its family's (`spelling: false`), else the defaults.
    public func settings(for rule: String) -> RuleSettings {
        if let own = rules[rule] { return own }
        let family = String(rule.prefix { $0 != "." })
        return rules[family] ?? RuleSettings()
    }
}
