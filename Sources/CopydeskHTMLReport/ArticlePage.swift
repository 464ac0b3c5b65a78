/// The data an article page's template shows. Every optional thing is an array of zero or one element, so a
/// template section never falls back to a value of an enclosing context.
struct ArticlePage {
    var path: String
    /// The article's headline (front matter `title`, else its first heading, else the file name).
    var headline: String
    var title: String
    /// Relative link to the index, `../index.html`; empty when the page stands alone (as `copydesk serve` shows it).
    var index: [String]
    var csp: String
    var css: String
    var script: String
    var version: String
    var generated: String
    var verdict: Verdict
    var readingTime: String
    var consensusGrade: String
    var targetGrade: String
    /// `4.1 grades over the target of 9.0`, `within the target of 9.0`.
    var gradeAgainstTarget: String
    var gradeOver: Bool
    var words: Int
    var sentences: Int
    var formulas: [FormulaRow]
    var kinds: [KindRow]
    var quietHidden: Bool
    var errorCount: Int
    var warningCount: Int
    var suggestionCount: Int
    var total: Int
    var cw: [WarningPanel]
    var body: [BodyNode]
    var hasBody: Bool
    var chart: [DifficultyChart]
    var findings: [FindingRow]
    var hasFindings: Bool
    /// For the index.
    var spellingErrors: Int
    var categoryNames: [String]
}

struct FormulaRow {
    var name: String
    var value: String
    var explanation: String
}

struct KindRow {
    var id: String
    var colour: String
    var name: String
    var label: String
    var count: Int
    var severity: String
    /// Shown when the page opens: quiet kinds are hidden when paragraphs carry many suggestions.
    var shown: Bool
}

struct WarningPanel {
    var hasCategories: Bool
    var categories: [CategoryRow]
    var suggestion: [SuggestionBox]
    var existing: [ExistingBox]
}

struct CategoryRow {
    var name: String
    var level: String
    var passages: [PassageLink]
    var evidence: String
}

struct PassageLink {
    var start: Int
    var anchor: String
    /// `line 11` or `lines 15–17`.
    var label: String
    var graphic: Bool
    /// False for the last passage, so the template can put commas between them.
    var more: Bool
}

struct SuggestionBox {
    var text: String
    var line: Int
    var place: String
    var anchor: String
    var position: String
    var markdown: String
}

struct ExistingBox {
    var at: [Int]
    var named: [String]
    var hasProblems: Bool
    var problems: [String]
}

struct FindingRow {
    var line: Int
    var column: Int
    var anchor: String
    var label: String
    var kind: String
    var severity: String
    var message: String
    var suggestions: String
    var rule: String
}
