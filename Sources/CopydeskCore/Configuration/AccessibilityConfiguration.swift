/// Accessibility settings: `accessibility:` in `.copydesk.yml`.
public struct AccessibilityConfiguration: ConfigurationSection, Sendable, Equatable {
    /// Alt text longer than this many characters should become a caption (`accessibility.image_alt_long`).
    public var altTextMaxLength = 250
    /// A heading with more words is long (`accessibility.heading_long`).
    public var headingMaxWords = 15
    /// This many all-caps words in a row are a run of capitals (`accessibility.all_caps`).
    public var allCapsMinWords = 3
    /// Expansions the article may use without spelling out: `ABBR: Expansion`.
    public var abbreviations: [String: String] = [:]
    /// Extra abbreviation files (`ABBR<TAB>Expansion` lines), relative to the config file.
    public var extraAbbreviationLists: [String] = []
    /// Extra link texts that say nothing about their destination.
    public var vagueLinkTexts: [String] = []
    /// Extra phrases that rely on sight, sound or position.
    public var sensoryPhrases: [String] = []
    /// Whether an article must declare its language (front matter `lang`, `<html lang>`).
    public var requireLanguage = true

    public init() {}

    public static let key = "accessibility"

    public static var settings: [Setting<AccessibilityConfiguration>] {
        [
            .count("alt_text_max_length", \.altTextMaxLength, in: 20...5000,
                   help: "Alt text longer than this many characters should become a caption."),
            .count("heading_max_words", \.headingMaxWords, in: 1...200, help: "Headings with more words are long."),
            .count("all_caps_min_words", \.allCapsMinWords, in: 1...100, help: "This many words in capitals in a row are reported."),
            Setting("abbreviations", accepts: "a table of abbreviations and expansions",
                    help: "Abbreviations readers know without an expansion, besides the built-in list: {ABBR: Expansion}.",
                    read: { (section, value) throws(ConfigError) in
                        var table: [String: String] = [:]
                        for (abbreviation, expansion) in try value.entries() {
                            let text = try expansion.string()
                            guard !text.isEmpty else { throw expansion.error("expected the expansion of \(abbreviation)") }
                            table[abbreviation] = text
                        }
                        section.abbreviations = table
                    },
                    write: { section in YAMLValue.table(section.abbreviations) { $0 } }),
            .list("extra_abbreviation_lists", \.extraAbbreviationLists,
                  help: "Files of 'ABBR<TAB>Expansion' lines, relative to this file."),
            .list("vague_link_texts", \.vagueLinkTexts, help: "Extra link texts that say nothing about where the link goes."),
            .list("sensory_phrases", \.sensoryPhrases, help: "Extra phrases that rely on sight, sound or position."),
            .flag("require_language", \.requireLanguage, help: "Front matter 'lang:' (or <html lang>) is required."),
        ]
    }
}
