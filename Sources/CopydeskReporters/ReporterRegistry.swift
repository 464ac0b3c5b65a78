/// The one list of output formats.
public enum ReporterRegistry {
    public static let all: [any Reporter.Type] = [
        TextReporter.self, JSONReporter.self, SARIFReporter.self, GitHubReporter.self, JUnitReporter.self,
        JSONLinesReporter.self,
    ]

    public static func reporter(named name: String) -> (any Reporter)? {
        all.first { $0.identifier == name }.map { $0.init() }
    }

    public static var identifiers: [String] { all.map { $0.identifier } }
}
