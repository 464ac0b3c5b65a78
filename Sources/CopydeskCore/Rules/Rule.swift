/// A check. Rules are small values with a description; they return findings and never print.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    init()
    /// Findings for one document. Severity is the rule's default; the linter applies configuration.
    func check(_ context: RuleContext) -> [Finding]
}

extension Rule {
    public var description: RuleDescription { Self.description }
}
