import CopydeskCore
import CopydeskGit
import CopydeskReporters
import Foundation

/// Exit statuses, as linters agree: 0 clean, 1 findings at the fail level, 2 usage, configuration or input errors.
public enum ExitStatus: Int32, Sendable {
    case clean = 0
    case findings = 1
    case failure = 2
}

/// One `copydesk lint` run: a request in, the report through `write` (standard output), messages through
/// `inform` (standard error: the verdict, progress-free notes), and an exit status.
public struct LintSession {
    public var request: LintRequest

    /// `--diff`, and `--fix` on standard input, print the diff or the fixed text in place of the report.
    private var printsFixes: Bool { request.options.fix && (request.options.diff || request.paths == ["-"]) }

    public init(request: LintRequest) {
        self.request = request
    }

    /// Runs the check, writes the report through `write`, returns the exit status.
    public func run(write: (String) -> Void, inform: (String) -> Void = { _ in }) -> ExitStatus {
        let engine: LintEngine
        switch LintEngine.open(request) {
        case .success(let opened): engine = opened
        case .failure(let error): return fail(error, context: LintEngine.context(for: request), write, inform)
        }
        for note in engine.base.deprecations { inform("copydesk: warning: \(note)") }
        let items: [InputItem]
        switch engine.items(skipped: { if request.verbose { inform("copydesk: \($0)") } }) {
        case .success(let collected): items = collected
        case .failure(let error): return fail(error, context: engine.context, write, inform)
        }
        if request.staged || request.commits != nil, items.isEmpty {
            if request.verdict || request.gate {
                inform("copydesk: ready: " + (request.commits.map { "no article changed in \($0)" } ?? "no staged article"))
            }
            return .clean
        }
        let changed: [String: ChangedLines]?
        switch engine.changedLines(of: items) {
        case .success(let lines): changed = lines
        case .failure(let error): return fail(error, context: engine.context, write, inform)
        }
        let (policy, reporter) = (engine.policy, engine.reporter)
        var context = engine.context
        context.errorsOnStandardError = true
        let bar = request.progress && items.count >= 20 ? ProgressBar(total: items.count) : nil
        var summary = Summary()
        var blocking = false
        var verdictResults: [FileResult] = []
        let streaming = reporter as? any StreamingReporter
        var collected: [FileResult] = []
        let gate = request.gate && !printsFixes ? GateReport(action: request.gateAction) : nil
        var gateResults: [FileResult] = []
        if let streaming, !printsFixes, gate == nil { write(streaming.header(context: context)) }
        engine.runner.run(items) { index, raw in
            var result = policy.apply(raw)
            if let lines = changed?[result.path] { result = lines.filter(result) }
            summary.add(result)
            if let error = result.error { inform("\(result.path): error: \(error)") }
            if policy.blocks(result) { blocking = true }
            if request.verdict, gate == nil {
                verdictResults.append(FileResult(path: result.path, language: result.language, syntax: result.syntax,
                                                 findings: result.findings.filter { $0.severity >= policy.failLevel }, error: result.error))
            }
            // Each applied fix on standard error ("story.md:7: inserted content warning").
            if let fixes = result.fixes, !request.options.diff {
                for fix in fixes.applied { inform("\(result.path):\(fix.line): \(fix.summary)") }
            }
            if printsFixes {
                if let error = result.error { inform("\(result.path): \(error)") }
                if let fixes = result.fixes { write(request.options.diff ? fixes.diff : String(decoding: fixes.fixed, as: UTF8.self)) }
            } else if let gate {
                write(gate.blocking(result, context: context))
                gateResults.append(result)
            } else if let streaming {
                write(streaming.body(result, index: index, context: context))
            } else {
                collected.append(result)
            }
            bar?.advance()
        }
        bar?.finish()
        if printsFixes {
            // The diff or the fixed text is the output.
        } else if let gate {
            inform(gate.closing(gateResults, context: context))
        } else if let streaming {
            write(streaming.footer(summary: summary, context: context))
        } else {
            write(reporter.report(collected, summary: summary, context: context))
        }
        if request.verdict, gate == nil { inform(policy.verdict(verdictResults)) }
        if summary.failedFiles > 0 { return .failure }
        return blocking && !request.exitZero ? .findings : .clean
    }

    /// A run that could not start: reported as one failed file, so machine formats carry the error too.
    private func fail(_ error: RunError, context: ReportContext, _ write: (String) -> Void, _ inform: (String) -> Void) -> ExitStatus {
        let reporter = ReporterRegistry.reporter(named: request.formatName) ?? TextReporter()
        let result = FileResult.failure(path: error.path, syntax: .text, message: error.message)
        var summary = Summary()
        summary.add(result)
        var context = context
        context.errorsOnStandardError = true
        inform("\(error.path): error: \(error.message)")
        write(reporter.report([result], summary: summary, context: context))
        return .failure
    }
}
