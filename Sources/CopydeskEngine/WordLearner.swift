import CopydeskCore
import Foundation

/// `copydesk dict learn`: every word the spelling rules report across an archive, counted, with where it was first seen.
public struct WordLearner {
    public struct Entry: Sendable, Equatable {
        public var word: String
        public var count: Int
        public var firstSeen: String
    }

    public var paths: [String]
    public var options: LintOptions
    public var excludes: [String] = []
    public var configPath: String?

    public init(paths: [String], options: LintOptions) {
        self.paths = paths
        self.options = options
    }

    /// Entries sorted by count (most first), then word; and one message per file that could not be read (or one
    /// for the configuration, when it cannot be read: nothing is learned from a run with the wrong settings).
    public func run() -> ([Entry], [String]) {
        let setup: RunSetup
        switch RunSetup.resolve(configPath: configPath) {
        case .success(let resolved): setup = resolved
        case .failure(let error): return ([], ["\(DisplayPath.relative(error.path)): \(error.description)"])
        }
        let items = setup.collect(paths, excludes: excludes)
        let runner = setup.runner(options)
        var counts: [String: Entry] = [:]
        var order: [String] = []
        var failures: [String] = []
        runner.run(items) { _, result in
            if let error = result.error { failures.append("\(result.path): \(error)") }
            for finding in result.findings where finding.rule.hasPrefix("spelling.") && finding.rule != "spelling.repeated_word" {
                // The words as looked up, never the source text (which in HTML may hold markup); a name reported
                // once counts every use.
                for word in finding.words.isEmpty ? [finding.match] : finding.words {
                    if counts[word] == nil {
                        counts[word] = Entry(word: word, count: 0, firstSeen: "\(result.path):\(finding.line):\(finding.column)")
                        order.append(word)
                    }
                    counts[word]!.count += 1 + finding.occurrences.count
                }
            }
        }
        let entries = order.compactMap { counts[$0] }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.word < $1.word }
        return (entries, failures)
    }
}
