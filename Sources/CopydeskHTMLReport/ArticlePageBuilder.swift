import CopydeskCore
import CopydeskRules

/// Turns one article's result into the data of its page.
struct ArticlePageBuilder {
    let article: HTMLReportArticle
    let options: HTMLReportOptions

    var result: FileResult { article.result }

    func build() -> ArticlePage {
        let scores = result.readability?.scores
        let counts = result.readability?.counts
        let findings = result.findings
        let chart = DifficultyChart.make(result.readability?.paragraphs ?? [], target: article.targetGrade)
        return ArticlePage(
            path: result.path, title: "Copydesk report: \(result.path)", csp: HTMLReport.contentSecurityPolicy,
            css: Stylesheet.css, script: Script.js, version: options.version, generated: options.generated,
            failure: result.error.map { [$0] } ?? [],
            verdict: Verdict.of(result, failLevel: options.failLevel, targetGrade: article.targetGrade),
            readingTime: result.readability.map { Format.duration($0.readingTimeSeconds) } ?? "–",
            consensusGrade: scores.map { Format.one($0.consensusGrade) } ?? "–",
            targetGrade: Format.one(article.targetGrade),
            words: counts?.words ?? 0, sentences: counts?.sentences ?? 0,
            formulas: scores.map(Self.formulas) ?? [],
            kinds: kindRows(),
            errorCount: findings.filter { $0.severity == .error }.count,
            warningCount: findings.filter { $0.severity == .warning }.count,
            suggestionCount: findings.filter { $0.severity == .suggestion }.count,
            total: findings.count,
            cw: result.contentWarnings.map { [WarningPanelBuilder.panel($0)] } ?? [],
            lines: lines(),
            chart: chart.map { [$0] } ?? [],
            findings: findings.map(Self.row),
            hasFindings: !findings.isEmpty,
            readingEase: scores.map { Format.one($0.fleschReadingEase) } ?? "–",
            spellingErrors: findings.filter { $0.rule == "spelling.misspelling" }.count,
            categoryNames: (result.contentWarnings?.categories ?? []).map { Format.category($0.id) }.joined(separator: ", "))
    }

    /// Every formula with its score and what it is good for.
    static func formulas(_ scores: ReadabilityScores) -> [FormulaRow] {
        let values: [String: Double] = [
            "automated_readability_index": scores.automatedReadabilityIndex, "coleman_liau": scores.colemanLiau,
            "consensus_grade": scores.consensusGrade, "dale_chall": scores.daleChall,
            "flesch_kincaid_grade": scores.fleschKincaidGrade, "flesch_reading_ease": scores.fleschReadingEase,
            "gunning_fog": scores.gunningFog, "linsear_write": scores.linsearWrite, "lix": scores.lix, "rix": scores.rix,
            "smog": scores.smog,
        ]
        return ReadabilityFormula.all.map { formula in
            FormulaRow(name: formula.name, value: values[formula.id].map(Format.two) ?? "–",
                       explanation: formula.goodFor.prefix(1).uppercased() + formula.goodFor.dropFirst())
        }
    }

    /// Findings per kind, every kind that occurs (passages are counted in the content-warning panel).
    private func kindRows() -> [KindRow] {
        FindingKind.all.compactMap { kind in
            let count = result.findings.filter { FindingKind.of(rule: $0.rule) == kind }.count
            return count > 0 ? KindRow(id: kind.id, name: kind.name, label: kind.label, count: count) : nil
        }
    }

    static func row(_ finding: Finding) -> FindingRow {
        let kind = FindingKind.of(rule: finding.rule)
        return FindingRow(line: finding.line, column: finding.column, label: kind.label, kind: kind.name,
                          severity: finding.severity.rawValue, message: finding.message,
                          suggestions: finding.suggestions.joined(separator: ", "), rule: finding.rule)
    }

    /// What a mark says on focus and hover.
    static func explanation(_ finding: Finding) -> String {
        let kind = FindingKind.of(rule: finding.rule)
        var text = "\(kind.name), \(finding.severity.rawValue): \(finding.message)"
        if !finding.suggestions.isEmpty { text += ". Try: " + finding.suggestions.joined(separator: ", ") }
        return text + " [\(finding.rule)]"
    }

    /// The article's source lines with their marks, passages and the content-warning marker.
    private func lines() -> [LineRow] {
        guard let source = result.document?.source else { return [] }
        let marks = result.findings.enumerated().map { i, finding in
            MarkSource(index: i, start: finding.start, end: finding.end, kind: FindingKind.of(rule: finding.rule),
                       explanation: Self.explanation(finding))
        }
        let prose = Annotator.merge((result.document?.blocks ?? []).flatMap { block in
            block.pieces.map { $0.sourceStart..<$0.sourceEnd }
        })
        var annotator = Annotator(source: source, marks: marks, prose: prose)
        var count = source.lineCount
        if count > 1 && source.range(ofLine: count).isEmpty { count -= 1 }
        let warnings = result.contentWarnings
        var sensitive = Set<Int>()
        var starts: [Int: [String]] = [:]
        for category in warnings?.categories ?? [] {
            for passage in category.passages {
                for line in passage.startLine...max(passage.startLine, passage.endLine) { sensitive.insert(line) }
                starts[passage.startLine, default: []].append(Format.category(category.id) + (passage.graphic ? " (graphic)" : ""))
            }
        }
        let here = warnings?.suggestion.needed == true ? warnings?.suggestion.insertBeforeLine : nil
        return (1...count).map { line in
            LineRow(number: line, sensitive: sensitive.contains(line),
                    here: here == line ? [warnings!.suggestion.text] : [],
                    passages: starts[line] ?? [], runs: annotator.runs(line: line))
        }
    }
}
