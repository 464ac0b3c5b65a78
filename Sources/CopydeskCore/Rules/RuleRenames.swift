/// Rule ids that were renamed, old to new. The old id keeps working as an alias wherever a rule is named
/// (`rules:` in `.copydesk.yml`, `--fix=ID`, `copydesk explain`, in-text directives and front matter
/// `copydesk.disable`); a configuration that uses it gets a deprecation note.
public enum RuleRenames {
    public static let table: [String: String] = [
        // It checks an invalid declared language too, not only a missing one.
        "accessibility.language_missing": "accessibility.page_language",
    ]

    /// The id a possibly old id now names.
    public static func current(_ id: String) -> String { table[id] ?? id }

    /// The deprecation note for an old id, or nil.
    public static func note(for id: String) -> String? {
        table[id].map { "rule '\(id)' is now '\($0)'; the old id still works but will be removed: rename it" }
    }
}
