import CopydeskCore

/// What the audit keeps while the lines stream past: totals, counts per year and section, and short lists of the
/// articles to show. Its size follows the number of distinct years, sections and categories, not of articles.
struct AuditTally {
    /// A grouping of articles: by year or by section.
    struct Dimension {
        var articles: [String: Int] = [:]
        var needingWarning: [String: Int] = [:]
        /// key → category → articles.
        var categories: [String: [String: Int]] = [:]

        mutating func add(_ key: String, _ record: AuditRecord) {
            articles[key, default: 0] += 1
            if record.needsWarning { needingWarning[key, default: 0] += 1 }
            for category in record.categories { categories[key, default: [:]][category.id, default: 0] += 1 }
        }

        var allCategories: [String] { Set(categories.values.flatMap(\.keys)).sorted() }
    }

    struct Listed {
        var path: String
        var headline: String
        var date: String
        var section: String
        var grade: Double?
        var levelRank: Int
        var categories: String
        var wording: String
        var warningPresent: Bool
    }

    static let unknownYear = "unknown"
    static let noSection = "(none)"
    static let levelRanks = ["graphic": 0, "description": 1, "mention": 2]

    var lines = 0
    var articles = 0
    var failed = 0
    var verdicts: [String: Int] = [:]
    var sensitive = 0
    var needingWarning = 0
    var warningsPresent = 0
    var warningsRight = 0
    var misspellings = 0
    var accessibilityErrors = 0
    var gradeSum = 0.0
    var graded = 0
    var byYear = Dimension()
    var bySection = Dimension()
    var categoryTotals: [String: Int] = [:]
    /// Category id → the name shown for it (the smallest name seen, so shard order never changes the page).
    var categoryNames: [String: String] = [:]
    var toWarn = Bounded<Listed>(capacity: 100) { ($0.levelRank, $0.path) < ($1.levelRank, $1.path) }
    var hardest = Bounded<Listed>(capacity: 20) { ($0.grade ?? 0, $1.path) > ($1.grade ?? 0, $0.path) }
    var failures = Bounded<(path: String, error: String)>(capacity: 50) { $0.path < $1.path }

    mutating func add(_ record: AuditRecord) {
        articles += 1
        verdicts[record.verdict ?? (record.error == nil ? "unknown" : "blocked"), default: 0] += 1
        if let error = record.error {
            failed += 1
            failures.offer((record.path, error))
            return
        }
        let categories = record.categories
        if !categories.isEmpty { sensitive += 1 }
        if record.needsWarning { needingWarning += 1 }
        if record.warningPresent {
            warningsPresent += 1
            if !record.needsWarning { warningsRight += 1 }
        }
        misspellings += record.misspellings
        accessibilityErrors += record.accessibilityErrors
        if let grade = record.grade { gradeSum += grade; graded += 1 }
        byYear.add(record.year ?? Self.unknownYear, record)
        bySection.add(record.section.flatMap { $0.isEmpty ? nil : $0 } ?? Self.noSection, record)
        for category in categories {
            categoryTotals[category.id, default: 0] += 1
            let name = category.displayName
            if categoryNames[category.id].map({ name < $0 }) ?? true { categoryNames[category.id] = name }
        }
        let listed = Listed(
            path: record.path, headline: record.headline ?? "", date: record.date ?? "", section: record.section ?? "",
            grade: record.grade, levelRank: Self.levelRanks[record.highestLevel ?? ""] ?? 3,
            categories: categories.map { "\($0.displayName) (\($0.level))" }.joined(separator: ", "),
            wording: record.contentWarnings?.suggestion?.text ?? "", warningPresent: record.warningPresent)
        if record.needsWarning { toWarn.offer(listed) }
        if record.grade != nil { hardest.offer(listed) }
    }

    var meanGrade: Double? { graded > 0 ? gradeSum / Double(graded) : nil }

    /// The name shown for a category id.
    func name(of id: String) -> String { categoryNames[id] ?? ContentWarningReport.Category.fallbackName(id) }
}
