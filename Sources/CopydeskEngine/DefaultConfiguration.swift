import CopydeskCore

/// The commented `.copydesk.yml` that `copydesk init` writes. A test parses it, so it stays valid.
public enum DefaultConfiguration {
    /// The desk word list `copydesk init` creates beside the configuration, and that the configuration lists.
    public static let wordList = "desk-words.dic"

    public static let wordListText = """
        # The desk's word list: names and words the dictionary lacks, one a line (hunspell personal-dictionary
        # form: word, word/model to take a model word's affixes, *word to forbid). `copydesk dict add WORD` appends.

        """

    /// Top-level settings, every family's section from its declarations (help, then the default), then `rules:`.
    /// Spelling lists the desk word list that `init` creates beside it.
    public static let text = top
        + Configuration.sections.map { section in
            section.key == SpellingConfiguration.key
                ? section.initText(writing: ["word_lists": ("[\(wordList)]", "`copydesk init` creates \(wordList) beside this file; `copydesk dict add WORD` appends to it.")])
                : section.initText
        }.joined(separator: "\n") + "\n" + rules

    private static let top = """
        # Copydesk configuration. Found by walking up from each article's folder; the nearest file wins.
        # Unknown keys are errors. Flags on the command line override these values.
        version: 1

        # hunspell dictionary for articles that do not say (front matter `lang: en-GB` does).
        language: en_US

        # Files picked up when a folder is given; the default is below. A folder walk skips Copydesk's report
        # folders and plain-text files that read as data (word lists, tables, licences); listing extensions
        # here checks every such file.
        # extensions: [md, markdown, html, htm, txt]

        # Paths to skip (globs; ** spans folders).
        exclude: []

        # Lowest severity that makes `copydesk lint` exit 1: suggestion, warning or error.
        fail_level: error


        """

    private static let rules = """
        # Per-rule settings: `false` switches a rule off, a severity changes its level.
        # rules:
        #   spelling.unknown_name: false
        #   spelling.repeated_word: error

        """
}
