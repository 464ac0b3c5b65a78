/// Accessibility settings: `accessibility:` in `.copydesk.yml`.
public struct AccessibilityConfiguration: Sendable, Equatable {
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

    public static let keys = [
        "alt_text_max_length", "heading_max_words", "all_caps_min_words", "abbreviations",
        "extra_abbreviation_lists", "vague_link_texts", "sensory_phrases", "require_language",
    ]

    /// Reads the section strictly: unknown keys, wrong types and out-of-range values are errors with file and line.
    public init(_ node: ConfigNode) throws(ConfigError) {
        self.init()
        try node.readMapping(Self.keys) { (key, value) throws(ConfigError) in
            switch key {
            case "alt_text_max_length": altTextMaxLength = try value.int(in: 20...5000)
            case "heading_max_words": headingMaxWords = try value.int(in: 1...200)
            case "all_caps_min_words": allCapsMinWords = try value.int(in: 1...100)
            case "abbreviations":
                var table: [String: String] = [:]
                for (abbreviation, expansion) in try value.entries() {
                    let text = try expansion.string()
                    guard !text.isEmpty else { throw expansion.error("expected the expansion of \(abbreviation)") }
                    table[abbreviation] = text
                }
                abbreviations = table
            case "extra_abbreviation_lists": extraAbbreviationLists = try value.strings()
            case "vague_link_texts": vagueLinkTexts = try value.strings()
            case "sensory_phrases": sensoryPhrases = try value.strings()
            case "require_language": requireLanguage = try value.bool()
            default: break
            }
        }
    }
}
