import CopydeskCore

/// The content-warning panel: categories, levels, passages, evidence, the suggested note and what is wrong
/// with the note the article already has.
enum WarningPanelBuilder {
    static func panel(_ report: ContentWarningReport, place: (Int) -> Place = Place.line) -> WarningPanel {
        let categories = report.categories.map { category in
            CategoryRow(
                name: category.name, level: category.level.rawValue,
                passages: category.passages.enumerated().map { i, passage in
                    PassageLink(start: passage.startLine, anchor: place(passage.startLine).anchor,
                                label: passage.endLine > passage.startLine ? "lines \(passage.startLine)–\(passage.endLine)" : "line \(passage.startLine)",
                                graphic: passage.graphic, more: i < category.passages.count - 1)
                },
                evidence: unique(category.passages.flatMap(\.evidence)).joined(separator: "; "))
        }
        var suggestion: [SuggestionBox] = []
        if report.suggestion.needed, let line = report.suggestion.insertBeforeLine {
            let position = report.suggestion.position == .top
                ? "at the top, after the headline and standfirst" : "just before the first sensitive passage"
            let at = place(line)
            suggestion = [SuggestionBox(text: report.suggestion.text, line: line, place: at.label, anchor: at.anchor, position: position,
                                        markdown: report.suggestion.markdown)]
        }
        var existing: [ExistingBox] = []
        if report.existing.present {
            let named = report.existing.categories.map(report.name(of:)).joined(separator: ", ")
            let problems = report.existing.problems.map { problem(for: $0, report: report) }
            existing = [ExistingBox(at: report.existing.line.map { [$0] } ?? [], named: named.isEmpty ? [] : [named],
                                    hasProblems: !problems.isEmpty, problems: problems)]
        }
        return WarningPanel(hasCategories: !categories.isEmpty, categories: categories, suggestion: suggestion,
                            existing: existing)
    }

    /// Each piece of evidence once, in first-seen order.
    private static func unique(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }
    }

    private static func problem(for problem: ContentWarningReport.Problem, report: ContentWarningReport) -> String {
        switch problem {
        case .missingCategories:
            let missing = report.categories.map(\.id).filter { !report.existing.categories.contains($0) }
            return "It does not name every subject; missing: " + missing.map(report.name(of:)).joined(separator: ", ")
        case .afterSensitivePassage:
            return "It comes after the first sensitive passage; move it before"
        case .vague:
            return "It is vague: name the subjects instead of saying the article may upset"
        }
    }
}
