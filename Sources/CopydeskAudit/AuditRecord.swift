import CopydeskCore
import Foundation

/// The part of a `--format jsonl` line the audit reads (`docs/json-output.md`); other keys are skipped.
struct AuditRecord: Decodable {
    struct FindingPart: Decodable {
        var rule: String
        var severity: String
    }

    struct Scores: Decodable {
        var consensusGrade: Double?
        enum CodingKeys: String, CodingKey { case consensusGrade = "consensus_grade" }
    }

    struct ReadabilityPart: Decodable {
        var scores: Scores?
        var words: Int?
    }

    struct Category: Decodable {
        var id: String
        /// The reader-facing name (absent in results written before categories carried it).
        var name: String?
        var level: String

        /// The name the report shows for this category.
        var displayName: String { name ?? ContentWarningReport.Category.fallbackName(id) }
    }

    struct Suggestion: Decodable {
        var needed: Bool
        var text: String?
    }

    struct Existing: Decodable {
        var present: Bool
        var problems: [String]?
    }

    struct Warnings: Decodable {
        var categories: [Category]
        var suggestion: Suggestion?
        var existing: Existing?
    }

    var path: String
    var error: String?
    var verdict: String?
    var headline: String?
    var date: String?
    var section: String?
    var author: String?
    var findings: [FindingPart]?
    var readability: ReadabilityPart?
    var contentWarnings: Warnings?
    /// Present only on `--format jsonl-findings` lines: told apart to give a helpful message.
    var rule: String?

    init(path: String, error: String? = nil, date: String? = nil) {
        self.path = path
        self.error = error
        self.date = date
    }

    enum CodingKeys: String, CodingKey {
        case path, error, verdict, headline, date, section, author, findings, readability, rule
        case contentWarnings = "content_warnings"
    }

    var grade: Double? { readability?.scores?.consensusGrade.flatMap { $0.isFinite ? $0 : nil } }

    /// Highest level first, then by id.
    var categories: [Category] {
        let rank = ["graphic": 0, "description": 1, "mention": 2]
        return (contentWarnings?.categories ?? []).sorted { (rank[$0.level] ?? 3, $0.id) < (rank[$1.level] ?? 3, $1.id) }
    }

    var highestLevel: String? { categories.first?.level }
    var needsWarning: Bool { contentWarnings?.suggestion?.needed ?? false }
    var warningPresent: Bool { contentWarnings?.existing?.present ?? false }
    var misspellings: Int { findings?.filter { $0.rule == "spelling.misspelling" }.count ?? 0 }
    var accessibilityErrors: Int {
        findings?.filter { $0.rule.hasPrefix("accessibility.") && $0.severity == "error" }.count ?? 0
    }
    var accessibilityWarnings: Int {
        findings?.filter { $0.rule.hasPrefix("accessibility.") && $0.severity == "warning" }.count ?? 0
    }

    /// The year of `date`: its first run of four digits between 1000 and 2999 (`2019-03-04`, `4 March 2019`).
    var year: String? {
        guard let date else { return nil }
        var run: [Character] = []
        for character in date + " " {
            if character.isASCII, character.isNumber {
                run.append(character)
            } else {
                if run.count == 4, let value = Int(String(run)), (1000...2999).contains(value) { return String(run) }
                run = []
            }
        }
        return nil
    }
}
