import CopydeskCore

/// One article in the index.
struct IndexRow {
    var href: String
    var headline: String
    var path: String
    var verdict: String
    var verdictId: String
    var verdictRank: Int
    var reason: String
    var grade: String
    var categories: [String]
    var categoryText: String
    var findings: Int
    var errors: Int
    var warnings: Int
    var suggestions: Int

    init(page: ArticlePage, href: String) {
        self.href = href
        headline = page.headline
        path = page.path
        verdict = page.verdict.name
        verdictId = page.verdict.id
        verdictRank = page.verdict.rank
        reason = page.verdict.reason
        grade = page.consensusGrade
        categories = page.categoryNames
        categoryText = categories.isEmpty ? "none" : categories.joined(separator: ", ")
        findings = page.total
        errors = page.errorCount
        warnings = page.warningCount
        suggestions = page.suggestionCount
    }

    /// Blocked first, then needs work, then ready; by path within each.
    static func ordered(_ a: IndexRow, _ b: IndexRow) -> Bool {
        a.verdictRank != b.verdictRank ? a.verdictRank > b.verdictRank : a.path < b.path
    }
}

/// A link in the index's pager.
struct PagerLink {
    var number: Int
    var href: String
    var current: Bool
}

/// One page of the index: a slice of the articles (blocked first), the totals, the pager, and on the first page
/// every article as data for the script's filters, search, sorting and paging.
struct IndexPage {
    var title: String
    var csp: String
    var css: String
    var script = Script.js
    var version: String
    var generated: String
    var rows: [IndexRow]
    var first: Int
    var last: Int
    var articleCount: Int
    var ready: Int
    var needsWork: Int
    var blocked: Int
    var findings: Int
    var hasRows: Bool
    var pages: [PagerLink]
    var paged: Bool
    /// Only on the first page: the categories for the filter, and the rows as JSON.
    var isFirst: Bool
    var categories: [String]
    var data: String

    /// Rows per index page.
    static let pageSize = 100

    /// The file name of index page `n` (1-based): `index.html`, `index-2.html`, …
    static func fileName(_ n: Int) -> String { n == 1 ? "index.html" : "index-\(n).html" }

    /// Every page of the index for rows already in index order.
    static func pages(_ rows: [IndexRow], options: HTMLReportOptions) -> [String: IndexPage] {
        let count = max(1, (rows.count + pageSize - 1) / pageSize)
        let ready = rows.filter { $0.verdictId == "ready" }.count
        let needsWork = rows.filter { $0.verdictId == "needs-work" }.count
        let blocked = rows.filter { $0.verdictId == "blocked" }.count
        let findings = rows.reduce(0) { $0 + $1.findings }
        let categories = Array(Set(rows.flatMap(\.categories))).sorted()
        let css = Stylesheet.css(options.groups)
        let csp = HTMLReport.contentSecurityPolicy(css: css)
        var out: [String: IndexPage] = [:]
        for n in 1...count {
            let slice = Array(rows.dropFirst((n - 1) * pageSize).prefix(pageSize))
            let first = (n - 1) * pageSize + 1
            out[fileName(n)] = IndexPage(
                title: n == 1 ? "Copydesk report" : "Copydesk report, page \(n) of \(count)", csp: csp, css: css,
                version: options.version, generated: options.generated, rows: slice,
                first: slice.isEmpty ? 0 : first, last: first + slice.count - 1, articleCount: rows.count,
                ready: ready, needsWork: needsWork, blocked: blocked, findings: findings, hasRows: !rows.isEmpty,
                pages: (1...count).map { PagerLink(number: $0, href: fileName($0), current: $0 == n) }, paged: count > 1,
                isFirst: n == 1, categories: n == 1 ? categories : [], data: n == 1 ? json(rows) : "[]")
        }
        return out
    }

    /// The rows as a JSON array of arrays, safe inside a `<script type="application/json">` element: `<`, `>`
    /// and `&` are escaped, so no article text can end the element. Fields: href, headline, path, verdict rank,
    /// reason, grade, categories (joined by `|`), findings, errors, warnings, suggestions.
    static func json(_ rows: [IndexRow]) -> String {
        var out = "["
        for (i, row) in rows.enumerated() {
            if i > 0 { out += ",\n" }
            out += "[" + [JSONText.string(row.href), JSONText.string(row.headline), JSONText.string(row.path), "\(row.verdictRank)",
                          JSONText.string(row.reason), row.grade == "–" ? "null" : row.grade,
                          JSONText.string(row.categories.joined(separator: "|")), "\(row.findings)", "\(row.errors)",
                          "\(row.warnings)", "\(row.suggestions)"].joined(separator: ",") + "]"
        }
        return out + "]"
    }
}

/// JSON strings that are also safe as the text of an HTML `<script>` element.
enum JSONText {
    static func string(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
