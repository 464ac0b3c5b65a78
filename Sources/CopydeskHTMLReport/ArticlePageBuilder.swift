import CopydeskCore

/// Turns one article's result into the data of its page.
struct ArticlePageBuilder {
    let article: HTMLReportArticle
    let options: HTMLReportOptions
    /// Relative link from this page to the index; nil for a page that stands alone.
    var indexLink: String?

    var result: FileResult { article.result }

    /// Suggestions per paragraph above which quiet kinds start hidden.
    static let crowded = 3

    func build() -> ArticlePage {
        let scores = result.readability?.scores
        let counts = result.readability?.counts
        let findings = result.findings
        let groups = options.groups
        let explanations = findings.map { Self.explanation($0, groups: groups) }
        var items: [ArticleBody.Item] = []
        var nodes: [BodyNode] = []
        var crowded = false
        if let document = result.document {
            let body = ArticleBody(document: document, findings: findings, warnings: result.contentWarnings, explanations: explanations,
                                    groups: groups)
            items = body.flatItems()
            nodes = body.nodes(items)
            crowded = ArticleBody.mostSuggestions(body.spans(body.blocks), findings: findings) > Self.crowded
        }
        let place = Self.placer(items)
        let headline = result.document.flatMap(ArticleBody.headline)?.text.trimmingCharacters(in: .whitespacesAndNewlines)
        let name = headline.flatMap { $0.isEmpty ? nil : $0 } ?? Self.fileName(result.path)
        let grade = scores?.consensusGrade
        let target = article.targetGrade
        let css = Stylesheet.css(groups)
        return ArticlePage(
            path: result.path, headline: name, title: "\(name) · Copydesk report", index: indexLink.map { [$0] } ?? [],
            csp: HTMLReport.contentSecurityPolicy(css: css), css: css, script: Script.js, version: options.version,
            generated: options.generated,
            verdict: Verdict.of(result, failLevel: options.failLevel, targetGrade: target, groups: groups, place: place,
                                fixCommand: "copydesk lint --fix \(Self.shellQuoted(result.path))"),
            readingTime: result.readability.map { Format.duration($0.readingTimeSeconds) } ?? "–",
            consensusGrade: grade.map(Format.one) ?? "–",
            targetGrade: Format.one(target),
            gradeAgainstTarget: grade.map { $0 - target >= 0.05 ? "\(Format.grades($0 - target)) over the target of \(Format.one(target))" : "within the target of \(Format.one(target))" } ?? "not scored",
            gradeOver: grade.map { $0 - target >= 0.05 } ?? false,
            words: counts?.words ?? 0, sentences: counts?.sentences ?? 0,
            formulas: scores.map(Self.formulas) ?? [],
            kinds: kindRows(crowded: crowded),
            quietHidden: crowded && findings.contains { $0.severity == .suggestion },
            errorCount: findings.filter { $0.severity == .error }.count,
            warningCount: findings.filter { $0.severity == .warning }.count,
            suggestionCount: findings.filter { $0.severity == .suggestion }.count,
            total: findings.count,
            cw: result.contentWarnings.map { [WarningPanelBuilder.panel($0, place: place)] } ?? [],
            body: nodes, hasBody: !nodes.isEmpty,
            chart: DifficultyChart.make(result.readability?.paragraphs ?? [], target: target, place: place).map { [$0] } ?? [],
            findings: findings.enumerated().map { Self.row($1, index: $0, groups: groups) },
            hasFindings: !findings.isEmpty,
            spellingErrors: findings.filter { $0.rule == "spelling.misspelling" }.count,
            categoryNames: (result.contentWarnings?.categories ?? []).map(\.name))
    }

    /// `paragraph 2` (or `heading 1`, `list item 3`, `line 7`) for a source line, with the anchor of its element.
    static func placer(_ items: [ArticleBody.Item]) -> (Int) -> Place {
        let anchors = ArticleBody.anchors(items)
        var names: [String: String] = [:]
        var counters: [String: Int] = [:]
        for item in items {
            let node = item.node
            let word: String
            switch item.role {
            case .listItem: word = "list item"
            case .cell(let table, _, _):
                names[node.id] = "table \(table + 1)"
                continue
            case .single:
                word = !node.headline.isEmpty ? "the headline" : !node.standfirst.isEmpty ? "the standfirst"
                    : !node.heading.isEmpty ? "heading" : !node.image.isEmpty ? "image" : !node.caption.isEmpty ? "caption" : "paragraph"
            }
            if word.hasPrefix("the ") {
                names[node.id] = word
            } else {
                counters[word, default: 0] += 1
                names[node.id] = "\(word) \(counters[word]!)"
            }
        }
        return { line in
            guard let anchor = anchors[line] else { return Place.line(line) }
            return Place(label: names[anchor] ?? "line \(line)", anchor: anchor)
        }
    }

    /// The last path component, for an article with no headline.
    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// A path as a POSIX shell word.
    static func shellQuoted(_ path: String) -> String {
        let safe = path.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "/._-+".unicodeScalars.contains($0) }
        return safe && !path.isEmpty ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Every formula with its score and what it is good for.
    static func formulas(_ scores: ReadabilityScores) -> [FormulaRow] {
        ReadabilityFormula.all.map { formula in
            FormulaRow(name: formula.name, value: Format.two(scores[keyPath: formula.score]),
                       explanation: formula.goodFor.prefix(1).uppercased() + formula.goodFor.dropFirst())
        }
    }

    /// Findings per kind, every kind that occurs, with its highest severity; kinds of suggestions only start
    /// hidden when some paragraph carries more than a few suggestions (a group that is `alwaysShown` never does).
    private func kindRows(crowded: Bool) -> [KindRow] {
        options.groups.all.compactMap { kind in
            let group = result.findings.filter { options.groups.of(rule: $0.rule) == kind }
            guard let top = group.map(\.severity).max() else { return nil }
            return KindRow(id: kind.id, colour: kind.colour, name: kind.name, label: kind.label, count: group.count,
                           severity: top.rawValue, shown: kind.alwaysShown || !(crowded && top == .suggestion))
        }
    }

    static func row(_ finding: Finding, index: Int, groups: ReportGroups) -> FindingRow {
        let kind = groups.of(rule: finding.rule)
        return FindingRow(line: finding.line, column: finding.column, anchor: "f-\(index)", label: kind.label, kind: kind.name,
                          severity: finding.severity.rawValue, message: finding.message,
                          suggestions: finding.suggestions.joined(separator: ", "), rule: finding.rule)
    }

    /// What a mark says on focus and hover.
    static func explanation(_ finding: Finding, groups: ReportGroups) -> String {
        let kind = groups.of(rule: finding.rule)
        var text = "\(kind.name), \(finding.severity.rawValue): \(finding.message)"
        if !finding.suggestions.isEmpty { text += ". Try: " + finding.suggestions.joined(separator: ", ") }
        return text + " [line \(finding.line), \(finding.rule)]"
    }
}
