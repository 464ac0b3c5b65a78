/// In-text switches: `<!-- copydesk-disable RULE... -->`, `<!-- copydesk-enable [RULE...] -->`,
/// `<!-- copydesk-disable-next-line [RULE...] -->`, and front matter `copydesk: {disable: [...]}`.
/// A rule is named by its id or its family (`spelling`); no name means every rule.
public struct Suppressions: Sendable {
    private struct Region {
        var rules: [String]  // empty: all
        var start: Int  // byte offset
        var end: Int
    }

    private var regions: [Region] = []
    private var fileWide: [String] = []

    public init(document: Document) {
        if let fm = document.frontMatter, let settings = fm.values["copydesk"] {
            fileWide = settings["disable"]?.strings ?? []
        }
        var open: [(rules: [String], start: Int)] = []
        let source = document.source
        for comment in document.comments {
            guard let (directive, rules) = Suppressions.words(comment) else { continue }
            switch directive {
            case "copydesk-disable":
                open.append((rules, comment.sourceRange.upperBound))
            case "copydesk-enable":
                var remaining: [(rules: [String], start: Int)] = []
                for entry in open {
                    if rules.isEmpty || entry.rules == rules || (!entry.rules.isEmpty && Set(entry.rules).isSubset(of: Set(rules))) {
                        regions.append(Region(rules: entry.rules, start: entry.start, end: comment.sourceRange.lowerBound))
                    } else {
                        remaining.append(entry)
                    }
                }
                open = remaining
            case "copydesk-disable-next-line":
                let line = source.line(at: comment.sourceRange.upperBound) + 1
                let range = source.range(ofLine: line)
                regions.append(Region(rules: rules, start: range.lowerBound, end: range.upperBound + 1))
            case "copydesk-disable-line":
                let line = source.line(at: comment.sourceRange.lowerBound)
                let range = source.range(ofLine: line)
                regions.append(Region(rules: rules, start: range.lowerBound, end: range.upperBound + 1))
            default:
                continue
            }
        }
        for entry in open {
            regions.append(Region(rules: entry.rules, start: entry.start, end: Int.max))
        }
    }

    /// The four switches, as a comment's first word.
    public static let directives = ["copydesk-disable", "copydesk-enable", "copydesk-disable-next-line", "copydesk-disable-line"]

    /// A comment's first word (a switch, if it is one) and the rule or family names after it; nil when empty.
    public static func words(_ comment: Comment) -> (directive: String, rules: [String])? {
        let words = comment.text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "," }).map(String.init)
        guard let directive = words.first else { return nil }
        return (directive, Array(words.dropFirst()))
    }

    /// The rule or family names that front matter `copydesk: {disable: [...]}` switches off for the file.
    public var fileWideNames: [String] { fileWide }

    private static func names(_ rules: [String], _ id: String) -> Bool {
        // A renamed rule's old id (RuleRenames) still names it.
        rules.isEmpty || rules.contains { RuleRenames.current($0) == id || id.hasPrefix($0 + ".") }
    }

    /// Whether a finding is switched off by a directive.
    public func suppresses(_ finding: Finding) -> Bool {
        if !fileWide.isEmpty, Suppressions.names(fileWide, finding.rule) { return true }
        return regions.contains { region in
            finding.start >= region.start && finding.start < region.end && Suppressions.names(region.rules, finding.rule)
        }
    }

    /// Whether a whole rule is off for the file (front matter `copydesk.disable`).
    public func disablesFile(_ id: String) -> Bool {
        !fileWide.isEmpty && Suppressions.names(fileWide, id)
    }
}
