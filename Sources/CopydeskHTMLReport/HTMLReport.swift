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

    /// The target grade the readability report carries (the default target when readability did not run).
    public init(result: FileResult) {
        self.init(result: result, targetGrade: result.readability?.targetGrade ?? ReadabilityConfiguration().targetGrade)
    }
}

/// What the pages say about how they were made; passed in so the same input gives the same bytes.
public struct HTMLReportOptions: Sendable {
    /// Shown in the footer, e.g. `2026-11-30 14:00 UTC`.
    public var generated: String
    public var version: String
    /// How findings are grouped and shown, from the rules' descriptions (`RuleRegistry.reportGroups`).
    public var groups: ReportGroups
    /// Findings at or above this level block an article.
    public var failLevel: Severity
    /// Absolute article paths under this folder are mirrored from it (`/work/news/a.md` → `news/a.html` with
    /// `/work`); other paths are mirrored as given.
    public var workingDirectory: String?

    public init(generated: String, version: String, groups: ReportGroups, failLevel: Severity = .error,
                workingDirectory: String? = nil) {
        self.generated = generated
        self.version = version
        self.groups = groups
        self.failLevel = failLevel
        self.workingDirectory = workingDirectory
    }
}

/// The HTML report: a self-contained page per article and an `index.html`, as pure functions of the results.
public enum HTMLReport {
    /// The Content-Security-Policy of every page with these groups: nothing may load; only the page's own style
    /// (which has a switch per group) and script run.
    public static func contentSecurityPolicy(_ groups: ReportGroups) -> String {
        contentSecurityPolicy(css: Stylesheet.css(groups))
    }

    static func contentSecurityPolicy(css: String) -> String {
        "default-src 'none'; style-src \(SHA256.cspSource(css)); "
            + "script-src \(SHA256.cspSource(Script.js)); img-src 'none'; base-uri 'none'; form-action 'none'"
    }

    /// Relative path → page. Article pages mirror the input folders (`Examples/readability/dense.md` →
    /// `Examples/readability/dense.html`) and link back with relative links only; the index is `index.html`
    /// (then `index-2.html`, … for every hundred articles, blocked first).
    public static func render(_ articles: [HTMLReportArticle], options: HTMLReportOptions) -> [String: String] {
        let names = FileNaming.pagePaths(for: articles.map(\.result.path), workingDirectory: options.workingDirectory)
        var pages: [String: String] = [:]
        var rows: [IndexRow] = []
        for (article, name) in zip(articles, names) {
            let page = ArticlePageBuilder(article: article, options: options,
                                          indexLink: FileNaming.link(from: name, toTop: "index.html")).build()
            pages[name] = render(page, template: "article")
            rows.append(IndexRow(page: page, href: name))
        }
        pages.merge(indexPages(rows, options: options)) { article, _ in article }
        return pages
    }

    /// The index pages for rows in any order (shown blocked first).
    static func indexPages(_ rows: [IndexRow], options: HTMLReportOptions) -> [String: String] {
        IndexPage.pages(rows.sorted(by: IndexRow.ordered), options: options).mapValues { render($0, template: "index") }
    }

    /// One article's page on its own (no link to an index), as `copydesk serve` returns it for
    /// `?format=html`: a pure function of the article's result (with its `document`, for the text) and options.
    public static func page(_ article: HTMLReportArticle, options: HTMLReportOptions) -> String {
        render(ArticlePageBuilder(article: article, options: options, indexLink: nil).build(), template: "article")
    }

    private static func render(_ model: Any, template: String) -> String {
        guard let html = Templates.library.render(model, withTemplate: template) else {
            preconditionFailure("missing report template \(template)")
        }
        return html
    }
}
