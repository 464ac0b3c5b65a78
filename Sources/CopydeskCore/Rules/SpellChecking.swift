/// What the spelling rules need from a dictionary. The real one wraps hunspell; a test may swap in its own.
public protocol SpellChecking: AnyObject {
    /// The dictionary's name, e.g. `en_US`.
    var language: String { get }
    func isCorrect(_ word: String) -> Bool
    /// Suggestions, best first.
    func suggestions(for word: String) -> [String]
    /// Accepts a word for the rest of this checker's life (front-matter `copydesk.words`).
    func add(_ word: String)
}
