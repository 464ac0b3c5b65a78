/// What the spelling rules need from a dictionary. The real one wraps hunspell; a test may swap in its own.
public protocol SpellChecking: AnyObject {
    /// The dictionary's name, e.g. `en_US`.
    var language: String { get }
    func isCorrect(_ word: String) -> Bool
    /// Suggestions, best first.
    func suggestions(for word: String) -> [String]
    /// Enough of the suggestions to tell a capitalised typo from a name, cheaper than `suggestions(for:)`: the same
    /// list whenever a common word is within two edits (without dictionary words beyond the common ones when
    /// `rareWords` is false); otherwise, when `reach` is above 0, the dictionary's words within two edits, else
    /// common words with the word's first letter within `reach` edits and any within `anyReach`, instead of the
    /// dictionary's slow search.
    func nearWords(for word: String, rareWords: Bool, reach: Int, anyReach: Int) -> [String]
    /// Accepts a word for the rest of this checker's life (front-matter `copydesk.words`).
    func add(_ word: String)
}

extension SpellChecking {
    public func nearWords(for word: String, rareWords: Bool, reach: Int, anyReach: Int) -> [String] {
        suggestions(for: word)
    }
}
