import CopydeskCore
import CopydeskSpelling
import Foundation
import XCTest

/// The fast suggestion path against hunspell's own suggest, on real dictionaries.
final class SuggestionQualityTests: XCTestCase {
    private func checker() throws -> HunspellChecker {
        try HunspellChecker(language: "en_US", configuration: Configuration(), dataDirectory: CLI.packageRoot.appendingPathComponent("Dictionaries").path)
    }

    private func pairs(_ url: URL) throws -> [(typo: String, intended: String)] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let parts = line.split(separator: "\t")
            guard parts.count >= 2 else { return nil }
            return (String(parts[parts.count - 2]), String(parts[parts.count - 1]))
        }
    }

    /// Top-1 and top-5 accuracy of both paths on a list of (typo, intended) pairs, and time per word.
    private func measure(_ pairs: [(typo: String, intended: String)], checker: HunspellChecker, hunspellToo: Bool)
        -> (fast1: Double, fast5: Double, hun1: Double, hun5: Double, fastMs: Double, hunMs: Double, n: Int) {
        let usable = pairs.filter { !checker.isCorrect($0.typo) && checker.isCorrect($0.intended) }
        var f1 = 0, f5 = 0, h1 = 0, h5 = 0
        var fastTime = 0.0, hunTime = 0.0
        for pair in usable {
            var start = Date()
            let fast = checker.suggestions(for: pair.typo)
            fastTime += Date().timeIntervalSince(start)
            if fast.first == pair.intended { f1 += 1 }
            if fast.prefix(5).contains(pair.intended) { f5 += 1 }
            if hunspellToo {
                start = Date()
                let hun = checker.hunspellSuggestions(for: pair.typo)
                hunTime += Date().timeIntervalSince(start)
                if hun.first == pair.intended { h1 += 1 }
                if hun.prefix(5).contains(pair.intended) { h5 += 1 }
            }
        }
        let n = Double(max(usable.count, 1))
        return (Double(f1) / n, Double(f5) / n, Double(h1) / n, Double(h5) / n, fastTime / n * 1000, hunTime / n * 1000, usable.count)
    }

    func testFastSuggestionsMatchHunspellOnCommonMisspellings() throws {
        let list = try pairs(CLI.fixtures.appendingPathComponent("spelling/misspellings.tsv"))
        let m = measure(list, checker: try checker(), hunspellToo: true)
        print(String(format: "misspellings (n=%d): fast top-1 %.3f top-5 %.3f; hunspell top-1 %.3f top-5 %.3f; %.2f ms vs %.2f ms a word",
                     m.n, m.fast1, m.fast5, m.hun1, m.hun5, m.fastMs, m.hunMs))
        XCTAssertGreaterThan(m.n, 100)
        XCTAssertGreaterThanOrEqual(m.fast1, m.hun1 - 0.05, "fast top-1 must stay within 5 points of hunspell's")
        XCTAssertGreaterThanOrEqual(m.fast5, 0.85)
    }

    /// `COPYDESK_TYPOS=bench-out/typos-200-5000.tsv swift test --filter testCorpusTypos` (from `make bench`).
    func testCorpusTypos() throws {
        guard let path = ProcessInfo.processInfo.environment["COPYDESK_TYPOS"] else { throw XCTSkip("set COPYDESK_TYPOS") }
        var seen = Set<String>()
        let list = try pairs(URL(fileURLWithPath: path)).filter { seen.insert($0.typo).inserted }
        let m = measure(list, checker: try checker(), hunspellToo: true)
        print(String(format: "corpus typos (unique n=%d): fast top-1 %.3f top-5 %.3f; hunspell top-1 %.3f top-5 %.3f; %.3f ms vs %.2f ms a word",
                     m.n, m.fast1, m.fast5, m.hun1, m.hun5, m.fastMs, m.hunMs))
    }
}
