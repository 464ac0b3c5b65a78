/// A replacement of a byte range of the source file.
public struct Fix: Codable, Sendable, Hashable {
    /// Byte range in the decoded UTF-8 source.
    public var start: Int
    public var end: Int
    public var replacement: String

    public init(start: Int, end: Int, replacement: String) {
        self.start = start
        self.end = end
        self.replacement = replacement
    }
}

/// One thing a rule found, at an exact place in a file. Rules return findings; they never print.
public struct Finding: Codable, Sendable, Hashable {
    public var rule: String
    public var severity: Severity
    /// Byte offsets in the decoded UTF-8 source (BOM removed), half-open.
    public var start: Int
    public var end: Int
    public var line: Int
    public var column: Int
    /// Location of the last code point's end: exclusive column, as editors and SARIF count it.
    public var endLine: Int
    public var endColumn: Int
    /// The source text at the range, exactly as written.
    public var match: String
    public var message: String
    /// Labelled replacements, best first.
    public var suggestions: [String]
    public var fix: Fix?
    /// Where else the same thing occurs, in order (a name's later uses); the finding itself is at the first.
    public var occurrences: [SourceLocation] = []
    /// The words to add to a word list to accept this finding (spelling rules), as the dictionary looks them up.
    public var words: [String] = []

    public init(
        rule: String, severity: Severity, start: Int, end: Int,
        line: Int, column: Int, endLine: Int, endColumn: Int,
        match: String, message: String, suggestions: [String] = [], fix: Fix? = nil,
        occurrences: [SourceLocation] = [], words: [String] = []
    ) {
        self.rule = rule
        self.severity = severity
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
        self.match = match
        self.message = message
        self.suggestions = suggestions
        self.fix = fix
        self.occurrences = occurrences
        self.words = words
    }

    public var location: SourceLocation { SourceLocation(line: line, column: column) }

    /// Findings sort by position, then rule id, so output is stable.
    public static func ordered(_ a: Finding, _ b: Finding) -> Bool {
        if a.start != b.start { return a.start < b.start }
        if a.end != b.end { return a.end < b.end }
        if a.rule != b.rule { return a.rule < b.rule }
        return a.message < b.message
    }
}
