import Yams

extension Configuration {
    /// The families' sections, in the order `copydesk init` writes them; each declares its settings once.
    public static let sections: [any ConfigurationSection.Type] = [
        SpellingConfiguration.self, ReadabilityConfiguration.self, ContentWarningsConfiguration.self, AccessibilityConfiguration.self,
    ]

    public static let topLevelKeys = ["version", "language", "extensions", "exclude", "fail_level"] + sections.map { $0.key } + ["rules"]

    /// Parses `.copydesk.yml` text strictly: unknown keys, wrong types and bad values are errors with file and line.
    public static func parse(_ yaml: String, path: String) throws(ConfigError) -> Configuration {
        var config = Configuration()
        config.path = path
        let root: Yams.Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw ConfigError(path: path, line: yamlErrorLine(error), message: "not valid YAML: \(yamlErrorSummary(error))")
        } catch {
            throw ConfigError(path: path, line: nil, message: "not valid YAML: \(error)")
        }
        guard let root else { return config }
        let node = ConfigNode(node: root, path: path)
        var sawVersion = false
        try node.readMapping(topLevelKeys) { (key, value) throws(ConfigError) in
            switch key {
            case "version":
                sawVersion = true
                config.version = try value.int()
                guard config.version == currentVersion else {
                    throw value.error("unsupported version \(config.version); this copydesk reads version \(currentVersion)")
                }
            case "language": config.language = try value.string()
            case "extensions":
                config.extensions = try value.strings().map { $0.hasPrefix(".") ? String($0.dropFirst()) : $0 }
                config.extensionsListed = true
            case "exclude": config.exclude = try value.strings()
            case "fail_level": config.failLevel = try value.oneOf(Severity.self)
            case "spelling": config.spelling = try SpellingConfiguration(value)
            case "readability": config.readability = try ReadabilityConfiguration(value)
            case "content_warnings": config.contentWarnings = try ContentWarningsConfiguration(value)
            case "accessibility": config.accessibility = try AccessibilityConfiguration(value)
            case "rules":
                config.rules = try parseRules(value)
                config.deprecations += try value.keyedEntries().compactMap { id, line, node in
                    RuleRenames.note(for: id).map { "\(path):\((line ?? node.line).map(String.init) ?? "?"): \($0)" }
                }
            default: break
            }
        }
        if !sawVersion {
            throw ConfigError(path: path, line: 1, message: "missing 'version: \(currentVersion)'")
        }
        return config
    }

    private static func parseRules(_ node: ConfigNode) throws(ConfigError) -> [String: RuleSettings] {
        var rules: [String: RuleSettings] = [:]
        for (id, keyLine, value) in try node.keyedEntries() {
            var settings = RuleSettings(line: keyLine ?? value.line)
            if case .scalar = value.node {
                // `rule.id: false` or `rule.id: warning`
                let raw = try value.string()
                if let severity = Severity(rawValue: raw) { settings.severity = severity }
                else { settings.enabled = try value.bool() }
            } else {
                for (key, option) in try value.entries() {
                    switch key {
                    case "enabled": settings.enabled = try option.bool()
                    case "severity": settings.severity = try option.oneOf(Severity.self)
                    default: settings.options[key] = option
                    }
                }
            }
            rules[RuleRenames.current(id)] = settings
        }
        return rules
    }

    private static func yamlErrorLine(_ error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }

    private static func yamlErrorSummary(_ error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _), .composer(let context, let problem, _, _):
            return [context?.text, problem].compactMap { $0 }.joined(separator: ", ")
        default:
            return "\(error)"
        }
    }
}

extension SpellingConfiguration: ConfigurationSection {
    public static let key = "spelling"

    public static var settings: [Setting<SpellingConfiguration>] {
        [
            .list("word_lists", \.wordLists,
                  help: "Word lists in hunspell personal-dictionary form (word, word/model, *forbidden), relative to this file."),
            .list("words", \.words, help: "Words accepted in every article."),
            .count("acronym_max_length", \.acronymMaxLength, in: 0...20,
                   help: "All-caps words up to this many letters are acronyms and are not checked."),
            .count("max_suggestions", \.maxSuggestions, in: 0...20, help: "Suggestions shown per misspelling."),
            .list("dictionary_directories", \.dictionaryDirectories,
                  help: "Folders searched for LANG.dic and LANG.aff before the system ones, relative to this file."),
            .list("titles", \.titles,
                  help: "Titles besides the built-in ones (a capitalised unknown word after one is a name)."),
        ]
    }
}
