import CopydeskCore
import Foundation

/// SARIF 2.1.0 for code scanning (GitHub, GitLab, Azure DevOps): one run, rule metadata with help text
/// and the WCAG or guidance reference, columns counted in Unicode code points, URIs relative to the
/// repository root (`%SRCROOT%` = `ReportContext.baseDirectory`). Files that could not be checked become
/// tool execution notifications. Keys are sorted, so the output is byte-stable.
public struct SARIFReporter: Reporter {
    public static let identifier = "sarif"

    public init() {}

    public func report(_ results: [FileResult], summary: Summary, context: ReportContext) -> String {
        let ruleIndex = Dictionary(context.rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var sarifResults: [SARIFLog.Result] = []
        var notifications: [SARIFLog.Notification] = []
        for result in results {
            let artifact = artifactLocation(result.path, context: context)
            if let error = result.error {
                let location = SARIFLog.Location(physicalLocation: .init(artifactLocation: artifact, region: nil))
                notifications.append(.init(message: .init(text: error), locations: [location]))
                continue
            }
            for finding in result.findings {
                sarifResults.append(sarifResult(finding, artifact: artifact, ruleIndex: ruleIndex[finding.rule]))
            }
        }
        let driver = SARIFLog.Driver(name: "copydesk", version: context.toolVersion, rules: context.rules.map(descriptor))
        let run = SARIFLog.Run(
            tool: .init(driver: driver),
            invocations: [.init(executionSuccessful: notifications.isEmpty, toolExecutionNotifications: notifications)],
            originalUriBaseIds: baseIds(context),
            results: sarifResults)
        return Self.encode(SARIFLog.Log(runs: [run])) + "\n"
    }

    /// The SARIF level of a severity.
    public static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .suggestion: return "note"
        }
    }

    private func sarifResult(_ finding: Finding, artifact: SARIFLog.ArtifactLocation, ruleIndex: Int?) -> SARIFLog.Result {
        var text = finding.message
        if !finding.suggestions.isEmpty {
            text += " (suggestions: " + finding.suggestions.joined(separator: ", ") + ")"
        }
        let region = SARIFLog.Region(
            startLine: finding.line, startColumn: finding.column,
            endLine: finding.endLine, endColumn: finding.endColumn,
            snippet: .init(text: finding.match))
        return SARIFLog.Result(
            ruleId: finding.rule, ruleIndex: ruleIndex, level: Self.level(finding.severity),
            message: .init(text: text),
            locations: [.init(physicalLocation: .init(artifactLocation: artifact, region: region))])
    }

    private func descriptor(_ rule: RuleDescription) -> SARIFLog.ReportingDescriptor {
        var help = rule.description + "\n\n" + rule.rationale
        if let reference = rule.reference { help += "\n\nReference: " + reference }
        return SARIFLog.ReportingDescriptor(
            id: rule.id, name: rule.name,
            shortDescription: .init(text: rule.description),
            fullDescription: .init(text: rule.rationale),
            help: .init(text: help),
            defaultConfiguration: .init(level: Self.level(rule.severity)),
            properties: .init(tags: [rule.family]))
    }

    /// Relative to `%SRCROOT%` when the file lies under the base directory, else a `file://` URI or
    /// the path as given (percent-encoded).
    private func artifactLocation(_ path: String, context: ReportContext) -> SARIFLog.ArtifactLocation {
        if let relative = ReportPath.relative(path, context: context) {
            return .init(uri: ReportPath.percentEncoded(relative), uriBaseId: SARIFLog.sourceRoot)
        }
        if path.hasPrefix("/") { return .init(uri: ReportPath.fileURI(path), uriBaseId: nil) }
        return .init(uri: ReportPath.percentEncoded(path), uriBaseId: nil)
    }

    private func baseIds(_ context: ReportContext) -> [String: SARIFLog.ArtifactLocation]? {
        guard let base = context.baseDirectory, base.hasPrefix("/") else { return nil }
        let uri = ReportPath.fileURI(base.hasSuffix("/") ? base : base + "/")
        return [SARIFLog.sourceRoot: .init(uri: uri, uriBaseId: nil)]
    }

    private static func encode(_ log: SARIFLog.Log) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(log) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
