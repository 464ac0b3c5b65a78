/// The one list of output formats.
public enum ReporterRegistry {
    public static let all: [any Reporter.Type] = [
        TextReporter.self, JSONReporter.self, SARIFReporter.self, GitHubReporter.self, JUnitReporter.self,
        JSONLinesReporter.self, JSONFindingLinesReporter.self,
    ]

    public static func reporter(named name: String) -> (any Reporter)? {
        all.first { $0.identifier == name }.map { $0.init() }
    }

    public static var identifiers: [String] { all.map { $0.identifier } }

    /// The format used when `--format` is not given: `github` inside GitHub Actions (`GITHUB_ACTIONS=true`),
    /// else `text`.
    public static func defaultIdentifier(environment: [String: String]) -> String {
        environment["GITHUB_ACTIONS"] == "true" ? GitHubReporter.identifier : TextReporter.identifier
    }
}
