import CopydeskCore
import CopydeskHTMLReport
import Foundation

/// One `copydesk report` run: the same checking as `lint` (same runner, configuration and file collection),
/// keeping each file's text, then one HTML page per article (in folders mirroring the input's) and an index,
/// each written atomically under one folder.
public struct ReportSession {
    /// Paths, configuration, fail level and strictness as for `lint` (its format, colour and quiet are unused).
    public var request: LintRequest
    /// The folder pages are written to (created when missing); nothing is written anywhere else.
    public var outputDirectory: String
    public var reportOptions: HTMLReportOptions

    public init(request: LintRequest, outputDirectory: String, reportOptions: HTMLReportOptions) {
        self.request = request
        self.outputDirectory = outputDirectory
        self.reportOptions = reportOptions
    }

    /// What a run did.
    public struct Outcome: Sendable {
        public var status: ExitStatus
        /// Page file names written, sorted.
        public var written: [String]
        /// One line for the terminal, like the hook's verdict.
        public var verdict: String
        /// Problems that stopped files from being checked or pages from being written.
        public var problems: [String]
        /// Things worth saying that stop nothing (the output folder inside an input folder).
        public var warnings: [String] = []
    }

    /// A warning for each input folder the output folder is inside (or is): later folder walks skip a report
    /// folder, but pages and articles then share one tree.
    public func outputInsideInput() -> [String] {
        let base = request.workingDirectory
        let full = { (path: String) in URL(fileURLWithPath: path.hasPrefix("/") ? path : base + "/" + path).standardizedFileURL.path }
        let output = full(outputDirectory)
        return request.paths.filter { path in
            var isFolder: ObjCBool = false
            guard path != "-", FileManager.default.fileExists(atPath: full(path), isDirectory: &isFolder), isFolder.boolValue else { return false }
            let input = full(path)
            return output == input || output.hasPrefix(input == "/" ? "/" : input + "/")
        }.map { path in
            "warning: the output folder \(outputDirectory) is inside the input folder \(path): its pages are skipped when that folder "
                + "is checked again (its index.html names Copydesk), but pages and articles share one tree; --output a folder outside it keeps them apart"
        }
    }

    public func run() -> Outcome {
        var request = self.request
        request.format = nil
        request.options.keepSources = true
        request.options.fix = false
        let engine: LintEngine
        let items: [InputItem]
        switch LintEngine.open(request).flatMap({ engine in engine.items().map { (engine, $0) } }) {
        case .success(let opened): (engine, items) = opened
        case .failure(let error):
            return Outcome(status: .failure, written: [], verdict: "copydesk: report not written", problems: [error.description])
        }
        let (policy, runner) = (engine.policy, engine.runner)
        var articles: [HTMLReportArticle] = []
        var problems: [String] = []
        runner.run(items) { _, raw in
            let result = policy.apply(raw)
            if let error = result.error { problems.append("\(result.path): \(error)") }
            articles.append(HTMLReportArticle(result: result))
        }
        var report = reportOptions
        report.failLevel = policy.failLevel
        if report.workingDirectory == nil { report.workingDirectory = request.workingDirectory }
        let pages = HTMLReport.render(articles, options: report)
        let written = write(pages, problems: &problems)
        let results = articles.map(\.result)
        let blocking = results.contains(where: policy.blocks)
        let status: ExitStatus = !problems.isEmpty ? .failure : (blocking ? .findings : .clean)
        return Outcome(status: status, written: written, verdict: policy.verdict(results), problems: problems,
                       warnings: engine.base.deprecations + outputInsideInput())
    }

    private func write(_ pages: [String: String], problems: inout [String]) -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
        } catch {
            problems.append("\(outputDirectory): cannot create the folder: \(error.localizedDescription)")
            return []
        }
        var written: [String] = []
        for name in pages.keys.sorted() {
            let path = (outputDirectory as NSString).appendingPathComponent(name)
            let folder = (path as NSString).deletingLastPathComponent
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                problems.append("\(folder): cannot create the folder: \(error.localizedDescription)")
                continue
            }
            do {
                try AtomicWriter.write(Array(pages[name]!.utf8), to: path)
                written.append(name)
            } catch {
                problems.append(error.description)
            }
        }
        return written
    }
}
