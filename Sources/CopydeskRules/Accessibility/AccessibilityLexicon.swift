import CopydeskCore
import Foundation

/// The accessibility word lists (`Dictionaries/accessibility/`), with the configuration's additions.
struct AccessibilityLexicon: Sendable {
    /// Link texts that say nothing, lower case.
    let vagueLinkTexts: Set<String>
    /// Phrases that rely on sight, sound or position: each a list of alternatives per word.
    let sensoryPhrases: [[Set<String>]]
    /// The same phrases under each word they may start with.
    let sensoryPhrasesByFirstWord: [String: [[Set<String>]]]
    /// Rules out most words as a phrase's first word before they are lower-cased and looked up.
    let sensoryFirstWords: WordShapeFilter
    /// Alt-text openings that announce the picture instead of describing it.
    let altTextPrefixes: [String]
    /// Image file extensions, lower case, without the dot.
    let fileExtensions: Set<String>
    /// Well-known abbreviations and their expansions.
    let abbreviations: [String: String]

    init(resources: Resources, config: AccessibilityConfiguration, extraAbbreviationLines: [String]) {
        vagueLinkTexts = Set((resources.dataLines("accessibility/vague-link-texts.txt") + config.vagueLinkTexts)
            .map { $0.lowercased() })
        sensoryPhrases = (resources.dataLines("accessibility/sensory-phrases.txt") + config.sensoryPhrases).map { line in
            line.lowercased().split(separator: " ").map { Set($0.split(separator: "|").map(String.init)) }
        }
        var byFirst: [String: [[Set<String>]]] = [:]
        for phrase in sensoryPhrases {
            for word in phrase.first ?? [] { byFirst[word, default: []].append(phrase) }
        }
        sensoryPhrasesByFirstWord = byFirst
        sensoryFirstWords = WordShapeFilter(byFirst.keys)
        altTextPrefixes = resources.dataLines("accessibility/alt-text-prefixes.txt").map { $0.lowercased() }
            .sorted { $0.count > $1.count }
        fileExtensions = Set(resources.dataLines("accessibility/file-extensions.txt").map { $0.lowercased() })
        var table: [String: String] = [:]
        for line in resources.dataLines("accessibility/abbreviations.tsv") + extraAbbreviationLines {
            let parts = line.split(separator: "\t", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty { table[parts[0]] = parts[1] }
        }
        for (abbreviation, expansion) in config.abbreviations { table[abbreviation] = expansion }
        abbreviations = table
    }

    /// The shared lexicon for a run and configuration (extra lists are read relative to the config file).
    static func shared(_ context: RuleContext) -> AccessibilityLexicon {
        let config = context.configuration
        let settings = config.accessibility
        let extras = settings.extraAbbreviationLists.map { UserList.resolve($0, in: config) }
        let key = "accessibility.lexicon:" + [extras.joined(separator: "\n"), settings.vagueLinkTexts.joined(separator: "\n"),
                                               settings.sensoryPhrases.joined(separator: "\n"),
                                               settings.abbreviations.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                                                   .joined(separator: "\n")].joined(separator: "\u{1}")
        return context.resources.cached(key) {
            let lines = extras.flatMap(UserList.lines)
            return AccessibilityLexicon(resources: context.resources, config: settings, extraAbbreviationLines: lines)
        }
    }
}
