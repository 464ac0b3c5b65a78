/// The data an article page's template shows. Every optional thing is an array of zero or one element, so a
/// template section never falls back to a value of an enclosing context.
struct ArticlePage {
    var path: String
    var title: String
    var csp: String
    var css: String
    var script: String
    var version: String
    var generated: String
    var failure: [String]
    var verdict: Verdict
    var readingTime: String
    var consensusGrade: String
    var targetGrade: String
    var words: Int
    var sentences: Int
    var formulas: [FormulaRow]
    var kinds: [KindRow]
    var errorCount: Int
    var warningCount: Int
    var suggestionCount: Int
    var total: Int
    var cw: [WarningPanel]
    var lines: [LineRow]
    var chart: [DifficultyChart]
    var findings: [FindingRow]
    var hasFindings: Bool
    /// For the index.
    var readingEase: String
    var spellingErrors: Int
    var categoryNames: String
}

struct FormulaRow {
    var name: String
    var value: String
    var explanation: String
}

struct KindRow {
    var id: String
    var name: String
    var label: String
    var count: Int
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
    /// `line 11` or `lines 15–17`.
    var label: String
    var graphic: Bool
    /// False for the last passage, so the template can put commas between them.
    var more: Bool
}

struct SuggestionBox {
    var text: String
    var line: Int
    var position: String
    var markdown: String
}

struct ExistingBox {
    var at: [Int]
    var named: [String]
    var hasProblems: Bool
    var problems: [String]
}

struct LineRow {
    var number: Int
    var sensitive: Bool
    /// The suggested content warning, when it goes before this line.
    var here: [String]
    /// Labels of sensitive passages that start on this line.
    var passages: [String]
    var runs: [TextRun]
}

struct FindingRow {
    var line: Int
    var column: Int
    var label: String
    var kind: String
    var severity: String
    var message: String
    var suggestions: String
    var rule: String
}
