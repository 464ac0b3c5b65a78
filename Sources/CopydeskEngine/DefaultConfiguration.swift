/// The commented `.copydesk.yml` that `copydesk init` writes. A test parses it, so it stays valid.
public enum DefaultConfiguration {
    /// The desk word list `copydesk init` creates beside the configuration, and that the configuration lists.
    public static let wordList = "desk-words.dic"

    public static let wordListText = """
        # The desk's word list: names and words the dictionary lacks, one a line (hunspell personal-dictionary
        # form: word, word/model to take a model word's affixes, *word to forbid). `copydesk dict add WORD` appends.

        """

    public static let text = """
        # Copydesk configuration. Found by walking up from each article's folder; the nearest file wins.
        # Unknown keys are errors. Flags on the command line override these values.
        version: 1

        # hunspell dictionary for articles that do not say (front matter `lang: en-GB` does).
        language: en_US

        # Files picked up when a folder is given.
        extensions: [md, markdown, html, htm, txt]

        # Paths to skip (globs; ** spans folders).
        exclude: []

        # Lowest severity that makes `copydesk lint` exit 1: suggestion, warning or error.
        fail_level: error

        spelling:
          # Word lists in hunspell personal-dictionary form (word, word/model, *forbidden), relative to this file.
          # `copydesk init` creates desk-words.dic beside this file; `copydesk dict add WORD` appends to it.
          word_lists: [desk-words.dic]
          # Words accepted in every article.
          words: []
          # All-caps words up to this many letters are acronyms and are not checked.
          acronym_max_length: 6
          # Suggestions shown per misspelling.
          max_suggestions: 5

        accessibility:
          # Alt text longer than this many characters should become a caption.
          alt_text_max_length: 250
          # Headings with more words are long.
          heading_max_words: 15
          # This many words in capitals in a row are reported.
          all_caps_min_words: 3
          # Abbreviations readers know without an expansion, besides the built-in list: {ABBR: Expansion}.
          abbreviations: {}
          # Files of `ABBR<TAB>Expansion` lines, relative to this file.
          extra_abbreviation_lists: []
          # Front matter `lang:` (or <html lang>) is required.
          require_language: true

        # Per-rule settings: `false` switches a rule off, a severity changes its level.
        # rules:
        #   spelling.unknown_name: false
        #   spelling.repeated_word: error

        """
}
