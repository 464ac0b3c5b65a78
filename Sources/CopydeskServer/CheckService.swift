import CopydeskCore
import CopydeskEngine
import CopydeskHTMLReport
import CopydeskReporters
import CopydeskRules
import CopydeskSpelling
import Foundation
import Hummingbird
import Logging
import NIOCore

/// `copydesk serve`: the routes over one engine and one pool of checking threads, loaded once at start.
public final class CheckService: Sendable {
    public let options: ServeOptions
    let engine: LintEngine
    let pool: CheckPool
    let logger: Logger

    /// Reads the configuration; fails with its error (file and line) before anything listens.
    public static func make(_ options: ServeOptions, logger: Logger = Logger(label: "copydesk.serve")) -> Result<CheckService, ServeStartError> {
        var lintOptions = options.lintOptions
        lintOptions.keepSources = true
        lintOptions.fix = false
        var request = LintRequest(workingDirectory: options.workingDirectory, options: lintOptions, toolVersion: options.version)
        request.configPath = options.configPath
        request.format = "json"
        switch LintEngine.open(request) {
        case .success(let engine): return .success(CheckService(options: options, engine: engine, logger: logger))
        case .failure(let error): return .failure(ServeStartError(message: error.description))
        }
    }

    private init(options: ServeOptions, engine: LintEngine, logger: Logger) {
        self.options = options
        self.engine = engine
        self.pool = CheckPool(engine: engine, workers: options.workers, languages: options.languages)
        self.logger = logger
    }

    /// Opens the dictionaries on the workers (in the background: `/healthz` says 503 until they are open).
    public func startLoading() { pool.start() }

    /// Whether every worker has its dictionaries open.
    public var isReady: Bool { pool.state == .ready }

    /// Every route, behind the middleware that answers errors as JSON and logs one line per request.
    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: RequestLogMiddleware(logger: logger))
        router.get("/healthz") { _, _ in self.health() }
        // The page holds nothing private (its form sends the token with the article when one is required).
        router.get("/") { _, _ in EditorPage.response(tokenRequired: self.options.token != nil) }
        router.get("/editor.css") { _, _ in Responses.make(EditorPage.css, status: .ok, type: "text/css; charset=utf-8") }
        router.get("/editor.js") { _, _ in Responses.make(EditorPage.js, status: .ok, type: "text/javascript; charset=utf-8") }
        router.post("/v1/check") { request, _ in try await self.checkV1(request) }
        router.get("/v2/languages") { request, _ in
            try self.authorize(request)
            return Responses.json(encoding: LanguageToolLanguages.entries(self.pool.available))
        }
        router.post("/v2/check") { request, _ in try await self.checkV2(request) }
        return router
    }

    /// The server on `options.host:options.port`; `onRunning` gets the port it listens on.
    public func application(onRunning: @escaping @Sendable (Int) -> Void = { _ in }) -> some ApplicationProtocol {
        Application(
            router: router(),
            server: HTTP1Connections.builder,
            configuration: ApplicationConfiguration(address: .hostname(options.host, port: options.port), serverName: "copydesk"),
            onServerRunning: { channel in onRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
    }

    func health() -> Response {
        switch pool.state {
        case .ready:
            return Responses.json(encoding: ["status": "ready", "languages": pool.available.joined(separator: ",")])
        case .loading: return Responses.error(.loading)
        case .failed(let message): return Responses.error(ServiceError(.serviceUnavailable, "not_ready", message))
        }
    }

    // MARK: Access

    /// With `--token-file`, the request must carry `Authorization: Bearer TOKEN` (or the page form's `token`).
    func authorize(_ request: Request, formToken: String? = nil) throws(ServiceError) {
        guard let token = options.token else { return }
        if let header = request.headers[.authorization], header.hasPrefix("Bearer "),
           Self.constantTimeEqual(String(header.dropFirst("Bearer ".count)), token) { return }
        if let formToken, Self.constantTimeEqual(formToken, token) { return }
        throw .unauthorized
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// The body, at most `--max-bytes` (413 past it, from the Content-Length header before reading when given).
    func body(_ request: Request) async throws(ServiceError) -> [UInt8] {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > options.maxBytes {
            throw .tooLarge(options.maxBytes)
        }
        do {
            let buffer = try await request.body.collect(upTo: options.maxBytes)
            return Array(buffer.readableBytesView)
        } catch is NIOTooManyBytesError {
            throw .tooLarge(options.maxBytes)
        } catch {
            throw .badRequest("bad_body", "the request body could not be read")
        }
    }

    // MARK: Checking

    /// Checks one article on a worker: 503 while loading, 504 past `--timeout`.
    func check(_ text: String, path: String, syntax: Syntax, language: String?) async throws(ServiceError) -> FileResult {
        let job = LintText(path: path, bytes: Array(text.utf8), syntax: syntax, language: language.map(DictionaryName.normalize))
        switch await pool.check(job, timeout: options.timeout) {
        case .success(let result): return result
        case .failure(let error): throw error
        }
    }

    /// UTF-16 spans of the findings in the text as sent. Findings count bytes of the decoded text, which has lost
    /// a leading byte-order mark: the mark's one unit is added back.
    static func spans(_ result: FileResult, text: String) -> [UTF16Span] {
        let bom = text.unicodeScalars.first == "\u{FEFF}"
        return UTF16Offsets.spans(result.findings, in: Array(text.utf8.dropFirst(bom ? 3 : 0)), shift: bom ? 1 : 0)
    }

    func checkV1(_ request: Request) async throws(ServiceError) -> Response {
        let format = request.uri.queryParameters["format"].map(String.init) ?? "json"
        guard ["json", "html", "sarif"].contains(format) else {
            throw .badRequest("bad_format", "format must be json, html or sarif, not '\(format)'")
        }
        let kind = try BodyKind.of(request).get()
        if kind == .json { try authorize(request) }
        let bytes = try await body(request)
        let parsed: Result<ArticleRequest, ServiceError>
        switch kind {
        case .json:
            guard String(validating: bytes, as: UTF8.self) != nil else { throw .notUTF8("the request body") }
            parsed = ArticleRequest.parse(json: bytes)
        case .form:
            guard let fields = FormDecoding.fields(bytes) else { throw .notUTF8("a form field") }
            try authorize(request, formToken: fields["token"])
            parsed = ArticleRequest.parse(form: fields)
        }
        let article = try parsed.get()
        let result = try await check(article.text, path: article.path, syntax: article.syntax, language: article.language)
        switch format {
        case "html": return htmlPage(result)
        case "sarif": return sarif(result)
        default: return Responses.json(v1JSON(result, text: article.text))
        }
    }

    /// `lint --format json`'s entry for the file, with UTF-16 `offset`/`length` on findings and the `verdict` last.
    func v1JSON(_ result: FileResult, text: String) -> String {
        let verdict = engine.policy.verdict(for: result)
        var plain = result
        plain.document = nil
        let file = JSONOutput.file(plain, utf16: Self.spans(result, text: text))
        let verdictJSON = String(decoding: (try? JSONEncoder.sorted.encode(verdict)) ?? Data("null".utf8), as: UTF8.self)
        return String(file.dropLast()) + ",\"verdict\":" + verdictJSON + "}"
    }

    func htmlPage(_ result: FileResult) -> Response {
        let audience = result.document?.frontMatter?.values["audience"]?.string
        let article = HTMLReportArticle(result: result, targetGrade: engine.base.readability.target(audience: audience))
        let report = HTMLReportOptions(generated: Self.timestamp(), version: options.version, groups: RuleRegistry.reportGroups,
                                       failLevel: engine.policy.failLevel)
        return Responses.page(HTMLReport.page(article, options: report), csp: HTMLReport.contentSecurityPolicy(report.groups))
    }

    func sarif(_ result: FileResult) -> Response {
        var summary = Summary()
        summary.add(result)
        let context = ReportContext(toolVersion: options.version, rules: RuleRegistry.all.map { $0.description })
        return Responses.make(SARIFReporter().report([result], summary: summary, context: context), status: .ok,
                              type: "application/sarif+json; charset=utf-8")
    }

    static func timestamp() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return formatter.string(from: Date())
    }

    // MARK: LanguageTool

    func checkV2(_ request: Request) async throws(ServiceError) -> Response {
        try authorize(request)
        let kind = try BodyKind.of(request, allowMissing: true).get()
        guard kind == .form else { throw .unsupportedMediaType("LanguageTool's /v2/check takes application/x-www-form-urlencoded") }
        let bytes = try await body(request)
        guard var fields = FormDecoding.fields(bytes) else { throw .notUTF8("a form field") }
        if let query = request.uri.query, let queryFields = FormDecoding.fields(Array(query.utf8)) {
            fields.merge(queryFields) { body, _ in body }
        }
        let lt = try LanguageToolRequest.parse(fields).get()
        let language: String?
        if lt.language == "auto" {
            language = nil
        } else {
            let name = DictionaryName.normalize(lt.language)
            let available = pool.available
            guard let match = available.first(where: { $0 == name }) ?? available.first(where: { $0.hasPrefix(name + "_") }) else {
                throw .badRequest("unsupported_language", "'\(lt.language)' is not one of: \(available.map(LanguageCode.tag).joined(separator: ", "))")
            }
            language = match
        }
        let result = try await check(lt.plain, path: "text.txt", syntax: .text, language: language)
        if let error = result.error { throw ServiceError(.unprocessableContent, "not_checked", error) }
        let spans = Self.spans(result, text: lt.plain).map { (offset: $0.offset, length: $0.length) }
        let response = LanguageToolResponse.make(result, spans: spans, request: lt, language: result.language, version: options.version)
        return Responses.json(encoding: response)
    }
}
