import CopydeskCore

/// A name the dictionary does not know, reported once, at its first use, with how often it is used.
public struct UnknownNameRule: Rule {
    public static let description = RuleDescription(
        id: "spelling.unknown_name",
        name: "Unknown name",
        description: "Names the dictionary does not know, each once at its first use, to check once against a source",
        rationale: """
            News is full of names no dictionary has. Flagging each as an error would bury the real typos, so \
            a capitalised unknown word with evidence of being a name (a full name of unknown or proper-noun \
            words, a title such as Mr, Cllr or Sen. before it, an earlier full-name mention, the gazetteer of \
            given names, family names and places in Dictionaries/gazetteer, repetition when the word is no near \
            miss of a common word, or no common word close to it at all) is a suggestion. A \
            name is reported once, at its first use, with the number of uses and the other lines: "Kim Jong Un" \
            is one name, and "Yoon" after "Yoon Hee-soon" is a use of it. Titles (Dictionaries/spelling/\
            titles.txt, extended by spelling.titles) are never reported themselves. Check the name once, then \
            add it to the desk's word list (copydesk dict add).
            """,
        severity: .suggestion,
        triggeringExamples: [
            "Councillor ↓Glendinning said the plan was sound.\n",
            "↓Jibril said the road was closed.\n",
            "The ferry left ↓Dandong at dawn, and Dandong was quiet.\n",
            "The regime of ↓Kim Jong Un held a parade.\n",
            "↓Yoon Hee-soon, a researcher, spoke first. Later, Yoon said more.\n",
        ],
        nonTriggeringExamples: [
            "Councillor Smith said the plan was sound.\n",
            "Cllr Smith and Councilmember Jones met the mayor.\n",
        ], group: .nameToCheck)

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        context.spellingClassification.names.map { name in
            let blocks = context.document.blocks
            let first = name.uses[0]
            let others = name.uses.dropFirst().map { use in
                context.document.source.location(at: blocks[use.block].sourceRange(ofText: use.range).lowerBound)
            }
            var finding = context.finding(
                Self.description, block: blocks[first.block], textRange: first.range,
                message: "")
            finding.message = Self.message(name, at: finding.location, others: others)
            finding.occurrences = others
            finding.words = name.words
            return finding
        }
    }

    static func message(_ name: ArticleName, at first: SourceLocation, others: [SourceLocation]) -> String {
        let check = "Check the name '\(name.text)' against a source, then accept it with 'copydesk dict add \(name.words.joined(separator: " "))'"
        guard !others.isEmpty else { return "\(check) (\(name.evidence))" }
        var lines: [Int] = []
        for place in others where place.line != first.line && !lines.contains(place.line) { lines.append(place.line) }
        let uses = "\(others.count + 1) uses, first at \(first.line):\(first.column)"
        guard !lines.isEmpty else { return "\(check): \(uses)" }
        return "\(check): \(uses), also on \(lineList(lines))"
    }

    /// "line 14", "lines 14 and 19", "lines 14, 19, 36 and 38", at most eight numbers then "and N more".
    static func lineList(_ lines: [Int]) -> String {
        if lines.count == 1 { return "line \(lines[0])" }
        let shown = lines.prefix(8).map(String.init)
        if lines.count > 8 { return "lines " + shown.joined(separator: ", ") + " and \(lines.count - 8) more" }
        return "lines " + shown.dropLast().joined(separator: ", ") + " and " + shown.last!
    }
}
