/// Everything a rule may look at for one document. One context per document per worker; not shared across threads.
public final class RuleContext {
    public let document: Document
    public let configuration: Configuration
    public let resources: Resources
    /// The dictionary for the document's language; nil when spelling is not run.
    public let spellChecker: (any SpellChecking)?
    /// Work kept across the documents one worker checks (never shared between threads).
    public let workerCache: WorkerCache
    /// Analyses shared by rules, keyed by their type (as SwiftLint's `RuleStorage`), in the order they were made.
    private var analyses: [ObjectIdentifier: Any] = [:]
    private var analysisOrder: [ObjectIdentifier] = []
    private var tokenCache: [[Token]]?

    public init(document: Document, configuration: Configuration, resources: Resources, spellChecker: (any SpellChecking)?,
                workerCache: WorkerCache = WorkerCache()) {
        self.document = document
        self.configuration = configuration
        self.resources = resources
        self.spellChecker = spellChecker
        self.workerCache = workerCache
    }

    /// Work shared by several rules (a spelling pass, the readability analysis), keyed by its type and computed
    /// once per document: `context.analysis(ReadabilityAnalysis.self) { ReadabilityAnalysis(context) }`.
    public func analysis<T>(_ type: T.Type, _ build: () -> T) -> T {
        let key = ObjectIdentifier(type)
        if let value = analyses[key] as? T { return value }
        let value = build()
        analyses[key] = value
        analysisOrder.append(key)
        return value
    }

    /// How many analyses have been made so far: the linter marks this before a family's rules run.
    public var analysisMark: Int { analysisOrder.count }

    /// Drops the analyses made after `mark` (a family's, once its last rule and report are done), so a very large
    /// article holds one family's analyses at a time rather than all of them.
    public func forgetAnalyses(since mark: Int) {
        guard mark < analysisOrder.count else { return }
        for key in analysisOrder[mark...] { analyses[key] = nil }
        analysisOrder.removeSubrange(mark...)
    }

    /// Drops the tokens once every rule has run (a large article's findings are sorted after).
    public func forgetTokens() {
        tokenCache = nil
    }

    /// Tokens of every block, computed once.
    /// Kept in its own property rather than the memo table: rules read it inside their loops, and a typed property
    /// costs no look-up or cast.
    public var tokens: [[Token]] {
        if let tokenCache { return tokenCache }
        let tokens = document.blocks.map { Tokenizer.tokens(in: $0.text) }
        tokenCache = tokens
        return tokens
    }

    public func settings(for id: String) -> RuleSettings { configuration.settings(for: id) }

    /// A finding for a range of a block's text.
    public func finding(
        _ rule: RuleDescription, block: Block, textRange: Range<Int>, message: String,
        suggestions: [String] = [], severity: Severity? = nil, fix: Fix? = nil
    ) -> Finding {
        finding(rule, sourceRange: block.sourceRange(ofText: textRange), message: message,
                suggestions: suggestions, severity: severity, fix: fix)
    }

    /// A finding for a source byte range.
    public func finding(
        _ rule: RuleDescription, sourceRange: Range<Int>, message: String,
        suggestions: [String] = [], severity: Severity? = nil, fix: Fix? = nil
    ) -> Finding {
        let source = document.source
        let start = source.location(at: sourceRange.lowerBound)
        let end = source.location(at: sourceRange.upperBound)
        return Finding(
            rule: rule.id, severity: severity ?? rule.severity,
            start: sourceRange.lowerBound, end: sourceRange.upperBound,
            line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
            match: source.text(sourceRange), message: message, suggestions: suggestions, fix: fix)
    }
}

/// Facts that depend only on a word and the run's data files (its syllables, whether it is familiar), kept by one
/// worker from document to document: a corpus repeats most of its vocabulary, so each word is worked out about
/// once per worker instead of once per article. One cache per worker thread; not thread-safe by design.
public final class WorkerCache {
    private var values: [String: AnyObject] = [:]

    public init() {}

    /// The object stored under `key`, made by `make` the first time. Store a class so updates need no copy.
    public func object<T: AnyObject>(_ key: String, _ make: () -> T) -> T {
        if let value = values[key] as? T { return value }
        let value = make()
        values[key] = value
        return value
    }
}
