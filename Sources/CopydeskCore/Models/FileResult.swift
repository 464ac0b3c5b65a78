/// Everything Copydesk found in one file. Reporters turn a list of these into text.
public struct FileResult: Sendable {
    /// The path as the user gave it (relative paths stay relative).
    public var path: String
    /// Dictionary language, e.g. `en_US`.
    public var language: String
    public var syntax: Syntax
    /// Sorted by position.
    public var findings: [Finding]
    /// Set when the file could not be checked; `findings` is then empty.
    public var error: String?
    /// Readability counts and scores; nil when no readability rule ran.
    public var readability: ReadabilityReport?
    /// What to warn readers about, and where; nil when the analysis did not run.
    public var contentWarnings: ContentWarningReport?
    /// The parsed article (with its decoded `source`); kept only when the run asks for it
    /// (`LintOptions.keepSources`, for the HTML report), so plain `lint` runs do not hold every file in memory.
    public var document: Document?
    /// The front-matter fields an archive audit groups by (headline, date, section, author); nil when the file
    /// could not be read.
    public var article: ArticleFields?
    /// What `--fix` or `--diff` changed (or would change); nil when fixing was not asked for.
    public var fixes: FixOutcome?

    public init(path: String, language: String, syntax: Syntax, findings: [Finding] = [], error: String? = nil) {
        self.path = path
        self.language = language
        self.syntax = syntax
        self.findings = findings
        self.error = error
    }

    public static func failure(path: String, syntax: Syntax, message: String) -> FileResult {
        FileResult(path: path, language: "", syntax: syntax, error: message)
    }
}

/// One change `--fix` made, for the list on standard error ("story.md:7: inserted content warning").
public struct AppliedFix: Sendable, Equatable {
    /// Line in the file as it was before the fix.
    public var line: Int
    /// What was done, e.g. "inserted content warning", "replaced 'utilize' with 'use' [readability.plain_language]".
    public var summary: String

    public init(line: Int, summary: String) {
        self.line = line
        self.summary = summary
    }
}

/// The outcome of fixing one file.
public struct FixOutcome: Sendable {
    public var applied: [AppliedFix]
    /// The fixed file's bytes, encoded like the original (written to standard output for `-`).
    public var fixed: [UInt8]
    /// A unified diff from the original to the fixed text; empty when nothing changed.
    public var diff: String

    public init(applied: [AppliedFix], fixed: [UInt8], diff: String) {
        self.applied = applied
        self.fixed = fixed
        self.diff = diff
    }
}

/// Totals over a run.
public struct Summary: Sendable, Equatable {
    public var files = 0
    public var filesWithFindings = 0
    public var errors = 0
    public var warnings = 0
    public var suggestions = 0
    /// Files that could not be checked.
    public var failedFiles = 0

    public init() {}

    public mutating func add(_ result: FileResult) {
        files += 1
        if result.error != nil { failedFiles += 1 }
        if !result.findings.isEmpty { filesWithFindings += 1 }
        for finding in result.findings {
            switch finding.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .suggestion: suggestions += 1
            }
        }
    }
}
