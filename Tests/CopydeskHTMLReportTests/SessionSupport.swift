import CopydeskEngine
import CopydeskRules
@testable import CopydeskHTMLReport
import Foundation

/// Runs the real pipeline (`ReportSession`, the same runner as `lint`) into a fresh folder.
enum SessionSupport {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Reports on `paths` into `output` and returns the outcome and the pages read back (by path under `output`).
    static func run(_ paths: [String], output: URL, workingDirectory: URL? = nil) -> (ReportSession.Outcome, [String: String]) {
        var options = LintOptions()
        options.jobs = 2
        let session = ReportSession(request: LintRequest(paths: paths, options: options), outputDirectory: output.path,
                                    reportOptions: HTMLReportOptions(generated: "2026-01-02 03:04 UTC", version: "test", groups: RuleRegistry.reportGroups,
                                                                     workingDirectory: workingDirectory?.path))
        let outcome = session.run()
        var pages: [String: String] = [:]
        for name in (try? FileManager.default.subpathsOfDirectory(atPath: output.path)) ?? [] where name.hasSuffix(".html") {
            pages[name] = try? String(contentsOf: output.appendingPathComponent(name), encoding: .utf8)
        }
        return (outcome, pages)
    }
}
