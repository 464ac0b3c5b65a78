import CopydeskCore
import CopydeskFormats
import Foundation
import XCTest
@testable import CopydeskRules

/// The measured targets of issues 4 and 13. `CW_PRINT=1 swift test --filter ContentWarningEvaluationTests` prints
/// the tables; `make cw-eval` gives the same numbers from the built binary.
final class ContentWarningEvaluationTests: XCTestCase {
    static let devSet = CWTestSupport.root.appendingPathComponent("Tests/CopydeskRulesTests/Fixtures/content-warnings-dev")

    func testLabelledSetMeetsTheTargets() throws {
        let evaluation = try ContentWarningEvaluation.run()
        if ProcessInfo.processInfo.environment["CW_PRINT"] != nil {
            print("All articles\n\n" + evaluation.table)
            print(evaluation.misses.joined(separator: "\n"))
        }
        XCTAssertGreaterThanOrEqual(evaluation.articles, 40)
        XCTAssertGreaterThanOrEqual(evaluation.negatives, 10)
        XCTAssertGreaterThanOrEqual(evaluation.micro.f1, 0.9, evaluation.misses.joined(separator: "\n"))
        XCTAssertLessThanOrEqual(Double(evaluation.negativesWithCategory.count), Double(evaluation.negatives) / 10,
                                 evaluation.negativesWithCategory.joined(separator: ", "))
        XCTAssertGreaterThanOrEqual(Double(evaluation.placementRight), 0.9 * Double(evaluation.placementTotal))
        XCTAssertGreaterThanOrEqual(Double(evaluation.graphicRight), 0.8 * Double(evaluation.graphicTotal))
        XCTAssertGreaterThanOrEqual(Double(evaluation.existingRight), 0.8 * Double(evaluation.existingTotal))
    }

    /// Both parts of the new set: `dev/` (61 articles from every desk, 27 needing no warning) and `heldout/` (36, 13
    /// needing none). The held-out part was scored twice in issue 13's first session and has been development data
    /// since (its README says so); `heldout2/` (48, 18 needing none) was scored blind twice and became development data in
    /// the third session. The issue's held-out measurement is done on sets not in the repository.
    func testDevelopmentSetMeetsTheTargets() throws {
        for (part, minimum) in [("dev", 56), ("heldout", 33), ("heldout2", 45)] {
            let evaluation = try ContentWarningEvaluation.run(folder: Self.devSet.appendingPathComponent(part))
            if ProcessInfo.processInfo.environment["CW_PRINT"] != nil {
                print("Development set, \(part)\n\n" + evaluation.table)
                print(evaluation.misses.joined(separator: "\n"))
            }
            let misses = part + ":\n" + evaluation.misses.joined(separator: "\n")
            XCTAssertGreaterThanOrEqual(evaluation.articles, minimum)
            XCTAssertGreaterThanOrEqual(evaluation.micro.f1, 0.92, misses)
            XCTAssertLessThanOrEqual(Double(evaluation.negativesWithCategory.count), Double(evaluation.negatives) / 10,
                                     part + ": " + evaluation.negativesWithCategory.joined(separator: ", "))
            XCTAssertGreaterThanOrEqual(evaluation.graphicFiles.f1, 0.6, misses)
            XCTAssertGreaterThanOrEqual(Double(evaluation.placementRight), 0.9 * Double(evaluation.placementTotal), misses)
            XCTAssertGreaterThanOrEqual(Double(evaluation.existingRight), 0.8 * Double(evaluation.existingTotal), misses)
        }
    }

    /// Neutral insertions must not change the categories of any development article, clean or sensitive: a
    /// speaker's attribution, a possessive, a figurative sentence with a person nearby, and a section line.
    func testNeutralInsertionsDoNotChangeTheCategories() throws {
        for part in ["dev", "heldout", "heldout2"] {
            let folder = Self.devSet.appendingPathComponent(part)
            let labels = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("labels.json"))) as? [String: [String: Any]] ?? [:]
            XCTAssertGreaterThan(labels.count, 30)
            let insertions = [
                "\"We will see how it goes,\" she said.",
                "Their team said they would keep going, and he said so too.",
                "Her bill was killed in committee last year, she said, and they killed the budget with it.",
            ]
            var changed: [String] = []
            for (name, label) in labels.sorted(by: { $0.key < $1.key }) {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                let syntax: Syntax = name.hasSuffix(".txt") ? .text : .markdown
                let original = categories(text, name, syntax)
                var variants = insertions.map { insert($0, into: text) }
                if syntax == .markdown, text.hasPrefix("---\n"), !text.contains("\nsection:"), let desk = label["domain"] as? String {
                    variants.append("---\nsection: \(desk.capitalized)\n" + text.dropFirst(4))
                }
                for (i, variant) in variants.enumerated() where categories(variant, name, syntax) != original {
                    changed.append("\(part)/\(name) variant \(i): \(original.sorted()) -> \(categories(variant, name, syntax).sorted())")
                }
            }
            XCTAssertEqual(changed, [])
        }
    }

    private func categories(_ text: String, _ name: String, _ syntax: Syntax) -> Set<String> {
        guard let document = try? DocumentReader.parse(SourceText(text), path: name, syntax: syntax) else { return ["<parse error>"] }
        return Set(ContentWarnings.report(CWTestSupport.context(document)).categories.map(\.id))
    }

    /// The paragraph after the first body paragraph.
    private func insert(_ paragraph: String, into text: String) -> String {
        var blocks = text.components(separatedBy: "\n\n")
        let firstBody = blocks.firstIndex { block in
            let trimmed = block.trimmingCharacters(in: .whitespacesAndNewlines)
            return !trimmed.isEmpty && !trimmed.hasPrefix("#") && !trimmed.hasPrefix("---") && !trimmed.contains("\n---")
        } ?? 0
        blocks.insert(paragraph, at: min(blocks.count, firstBody + 1))
        return blocks.joined(separator: "\n\n")
    }
}
