import CopydeskCore

/// The same word twice in a row ("the the"), also across a line break.
public struct RepeatedWordRule: Rule {
    public static let description = RuleDescription(
        id: "spelling.repeated_word",
        name: "Repeated word",
        description: "A word written twice in a row, also across a line break",
        rationale: "A doubled word is the typo the eye skips most easily, above all across a line break.",
        severity: .warning,
        triggeringExamples: [
            "The mayor said that ↓the the budget was final.\n",
            "The mayor said that ↓the\nthe budget was final.\n",
        ],
        nonTriggeringExamples: [
            "The mayor said that the budget was final.\n",
            "What he had had was enough. She said that that was final.\n",
            "The mayor said that the. The budget was final.\n",
        ], group: .repeatedWord)

    /// Doublings that are grammatical.
    static let allowed: Set<String> = ["had", "that", "is", "do", "bye", "no", "very", "so", "ha", "knock", "tut", "mm", "yada", "chop", "chin"]

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for (b, block) in context.document.blocks.enumerated() {
            let tokens = context.tokens[b]
            guard tokens.count > 1 else { continue }
            for i in 1..<tokens.count {
                let a = tokens[i - 1], c = tokens[i]
                guard a.kind == .word, c.kind == .word else { continue }
                let lower = a.text.lowercased()
                guard lower == c.text.lowercased(), !Self.allowed.contains(lower) else { continue }
                let gap = a.range.upperBound..<c.range.lowerBound
                guard block.text.utf8AllSatisfy(in: gap, { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }) else { continue }
                findings.append(context.finding(
                    Self.description, block: block, textRange: a.range.lowerBound..<c.range.upperBound,
                    message: "Remove the repeated word '\(c.text)'", suggestions: [a.text]))
            }
        }
        return findings
    }
}
