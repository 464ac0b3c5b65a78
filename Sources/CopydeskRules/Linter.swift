import CopydeskCore

/// Runs every enabled rule on one document and applies configuration and in-text switches.
/// One linter per worker thread: it owns that worker's spell checkers.
public final class Linter {
    public let resources: Resources
    private let spellCheckers: (String, Configuration) -> (any SpellChecking)?
    /// Per-word facts kept from one document to the next of this worker.
    private let workerCache = WorkerCache()

    /// - Parameter spellCheckers: the spell checker for a language and configuration (nil when unavailable).
    public init(resources: Resources, spellCheckers: @escaping (String, Configuration) -> (any SpellChecking)?) {
        self.resources = resources
        self.spellCheckers = spellCheckers
    }

    /// Sorts by `Finding.ordered` through an index permutation applied with swaps: the standard sort would need a
    /// buffer of half the findings, which for a 50 MB article is tens of megabytes.
    static func sortInPlace(_ findings: inout [Finding]) {
        var order = Array(findings.indices)
        order.sort { Finding.ordered(findings[$0], findings[$1]) || !Finding.ordered(findings[$1], findings[$0]) && $0 < $1 }
        // Position i must receive findings[order[i]]: follow each cycle of the permutation once.
        var placed = [Bool](repeating: false, count: findings.count)
        for start in findings.indices where !placed[start] {
            var current = start
            while true {
                placed[current] = true
                let next = order[current]
                if next == start { break }
                findings.swapAt(current, next)
                current = next
            }
        }
    }

    public func lint(_ document: Document, configuration: Configuration, language: String) -> FileResult {
        let checker = spellCheckers(language, configuration)
        let context = RuleContext(document: document, configuration: configuration, resources: resources, spellChecker: checker,
                                  workerCache: workerCache)
        let suppressions = Suppressions(document: document)
        var result = FileResult(path: document.path, language: language, syntax: document.syntax, findings: [])
        var findings: [Finding] = []
        for family in RuleRegistry.families {
            let enabled = family.rules.filter { configuration.settings(for: $0.description.id).enabled }
            guard !enabled.isEmpty else { continue }
            let mark = context.analysisMark
            for ruleType in enabled {
                let id = ruleType.description.id
                guard !suppressions.disablesFile(id) else { continue }
                let settings = configuration.settings(for: id)
                for var finding in ruleType.init().check(context) {
                    if let severity = settings.severity { finding.severity = severity }
                    if suppressions.suppresses(finding) { continue }
                    findings.append(finding)
                }
            }
            // After the family's last rule: its report, then its analyses go (families share none).
            family.attach(context, suppressions, &result)
            context.forgetAnalyses(since: mark)
        }
        // The tokens are not needed past the rules; a large article's findings are sorted without a second copy.
        context.forgetTokens()
        Self.sortInPlace(&findings)
        result.findings = findings
        return result
    }
}
