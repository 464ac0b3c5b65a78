/// One option of one rule, under `rules: {readability.passive_voice: {agentless: true}}`, declared once in the
/// rule's description: its key, what it takes, one line of help and its default. The declaration drives the strict
/// check of `rules:` entries (unknown key or wrong value: an error with file and line), `copydesk explain RULE` and
/// `explain FAMILY`. A rule reads its option typed, through the value that declared it (`RuleFlag`).
public struct RuleOption: Sendable {
    public let key: String
    /// What values it takes, e.g. `true or false`.
    public let accepts: String
    public let help: String
    /// The default as `.copydesk.yml` writes it.
    public let defaultText: String
    private let check: @Sendable (ConfigNode) throws(ConfigError) -> Void

    public init(_ key: String, accepts: String, help: String, defaultText: String,
                check: @escaping @Sendable (ConfigNode) throws(ConfigError) -> Void) {
        self.key = key
        self.accepts = accepts
        self.help = help
        self.defaultText = defaultText
        self.check = check
    }

    /// Throws, with the value's file and line, when the value is not one the option takes.
    public func validate(_ node: ConfigNode) throws(ConfigError) { try check(node) }

    /// One line for `copydesk explain`: key, help, default, what it takes (as the section settings are shown).
    public func explanation(keyWidth: Int) -> String {
        "  \(key.padding(toLength: keyWidth, withPad: " ", startingAt: 0))  \(help) Default \(defaultText); \(accepts)."
    }

    /// The lines for a rule's options, under a heading naming where they are written.
    public static func explanation(_ options: [RuleOption], rule id: String) -> String {
        let width = options.map(\.key.count).max() ?? 0
        return "Options under 'rules: {\(id): {...}}' in .copydesk.yml:\n"
            + options.map { $0.explanation(keyWidth: width) + "\n" }.joined()
    }
}

/// A yes/no rule option: declared once with its default and help, read typed by the rule.
public struct RuleFlag: Sendable {
    public let key: String
    public let defaultValue: Bool
    public let help: String

    public init(_ key: String, default defaultValue: Bool, help: String) {
        self.key = key
        self.defaultValue = defaultValue
        self.help = help
    }

    /// The declaration the rule's description lists.
    public var option: RuleOption {
        RuleOption(key, accepts: "true or false", help: help, defaultText: "\(defaultValue)") { (node) throws(ConfigError) in
            _ = try node.bool()
        }
    }

    /// The value in a rule's settings (checked when the configuration was loaded), else the default.
    public func value(in settings: RuleSettings) -> Bool {
        (try? settings.options[key]?.bool()) ?? defaultValue
    }
}
