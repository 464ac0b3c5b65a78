import CopydeskCore

/// One article in the index table.
struct IndexRow {
    var file: String
    var path: String
    var verdict: String
    var verdictId: String
    var verdictRank: Int
    var grade: String
    var ease: String
    var spellingErrors: Int
    var categories: String
    var findings: Int

    init(page: ArticlePage, file: String, result: FileResult) {
        self.file = file
        path = page.path
        verdict = page.verdict.name
        verdictId = page.verdict.id
        verdictRank = page.verdict.rank
        grade = page.consensusGrade
        ease = page.readingEase
        spellingErrors = page.spellingErrors
        categories = page.categoryNames.isEmpty ? "none" : page.categoryNames
        findings = page.total
    }
}

/// The index page's data: every article and the totals.
struct IndexPage {
    var title = "Copydesk report"
    var csp = HTMLReport.contentSecurityPolicy
    var css = Stylesheet.css
    var script = Script.js
    var version: String
    var generated: String
    var rows: [IndexRow]
    var articleCount: Int
    var ready: Int
    var needsWork: Int
    var blocked: Int
    var spellingErrors: Int
    var findings: Int
    var hasRows: Bool

    init(rows: [IndexRow], options: HTMLReportOptions) {
        self.rows = rows
        version = options.version
        generated = options.generated
        articleCount = rows.count
        ready = rows.filter { $0.verdictId == "ready" }.count
        needsWork = rows.filter { $0.verdictId == "needs-work" }.count
        blocked = rows.filter { $0.verdictId == "blocked" }.count
        spellingErrors = rows.reduce(0) { $0 + $1.spellingErrors }
        findings = rows.reduce(0) { $0 + $1.findings }
        hasRows = !rows.isEmpty
    }
}
