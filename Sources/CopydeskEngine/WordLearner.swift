import CopydeskCore
import Foundation

/// `copydesk dict learn`: every word the spelling rules report across an archive, counted, with where it was first seen.
public struct WordLearner {
    public struct Entry: Sendable, Equatable {
        public var word: String
        public var count: Int
        public var firstSeen: String
    }

    /// Paths, excludes and configuration as for `lint`.
    public var request: LintRequest

    public init(request: LintRequest) {
        self.request = request
    }

    /// Entries sorted by count (most first), then word; and one message per file that could not be read (or one
    /// for the configuration, when it cannot be read: nothing is learned from a run with the wrong settings).
    public func run() -> ([Entry], [String]) {
        var request = self.request
        request.format = nil
        let engine: LintEngine
        let items: [InputItem]
        switch LintEngine.open(request).flatMap({ engine in engine.items().map { (engine, $0) } }) {
        case .success(let opened): (engine, items) = opened
        case .failure(let error): return ([], [error.description])
        }
        let runner = engine.runner
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
