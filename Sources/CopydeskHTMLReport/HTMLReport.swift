import CopydeskCore
import Mustache

/// One article to report on: its result (with `document` kept) and the grade it should not exceed.
public struct HTMLReportArticle: Sendable {
    public var result: FileResult
    /// The publication's target grade for this article (`readability.target_grade`, or its audience's).
    public var targetGrade: Double

    public init(result: FileResult, targetGrade: Double) {
        self.result = result
        self.targetGrade = targetGrade
    }
}

/// What the pages say about how they were made; passed in so the same input gives the same bytes.
public struct HTMLReportOptions: Sendable {
    /// Shown in the footer, e.g. `2026-11-30 14:00 UTC`.
    public var generated: String
    public var version: String
    /// Findings at or above this level block an article.
    public var failLevel: Severity

    public init(generated: String, version: String, failLevel: Severity = .error) {
        self.generated = generated
        self.version = version
        self.failLevel = failLevel
    }
}

/// The HTML report: a self-contained page per article and an `index.html`, as pure functions of the results.
public enum HTMLReport {
    /// The Content-Security-Policy of every page: nothing may load; only the page's own style and script run.
    public static let contentSecurityPolicy = "default-src 'none'; style-src \(SHA256.cspSource(Stylesheet.css)); "
        + "script-src \(SHA256.cspSource(Script.js)); img-src 'none'; base-uri 'none'; form-action 'none'"

    /// File name → page. Article pages are named after their files (`harbour-bridge-vote.md` →
    /// `harbour-bridge-vote.html`), clashes numbered in input order; the index is `index.html`.
    public static func render(_ articles: [HTMLReportArticle], options: HTMLReportOptions) -> [String: String] {
        let names = FileNaming.pageNames(for: articles.map(\.result.path))
        var pages: [String: String] = [:]
        var rows: [IndexRow] = []
        for (article, name) in zip(articles, names) {
            let page = ArticlePageBuilder(article: article, options: options).build()
            pages[name] = render(page, template: "article")
            rows.append(IndexRow(page: page, file: name, result: article.result))
        }
        pages["index.html"] = render(IndexPage(rows: rows, options: options), template: "index")
        return pages
    }

    private static func render(_ model: Any, template: String) -> String {
        guard let html = Templates.library.render(model, withTemplate: template) else {
            preconditionFailure("missing report template \(template)")
        }
        return html
    }
}
