/// Everything a rule may look at for one document. One context per document per worker; not shared across threads.
public final class RuleContext {
    public let document: Document
    public let configuration: Configuration
    public let resources: Resources
    /// The dictionary for the document's language; nil when spelling is not run.
    public let spellChecker: (any SpellChecking)?
    private var memo: [String: Any] = [:]

    public init(document: Document, configuration: Configuration, resources: Resources, spellChecker: (any SpellChecking)?) {
        self.document = document
        self.configuration = configuration
        self.resources = resources
        self.spellChecker = spellChecker
    }

    /// Work shared by several rules (tokens, sentences, a spelling pass), computed once per document.
    public func memoized<T>(_ key: String, _ build: () -> T) -> T {
        if let value = memo[key] as? T { return value }
        let value = build()
        memo[key] = value
        return value
    }

    /// Tokens of every block, computed once.
    public var tokens: [[Token]] {
        memoized("tokens") { document.blocks.map { Tokenizer.tokens(in: $0.text) } }
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
