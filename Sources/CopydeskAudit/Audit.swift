import CopydeskCore
import CopydeskHTMLReport
import Foundation

/// What the page says about how it was made; passed in so the same input gives the same bytes.
public struct AuditOptions: Sendable {
    /// Shown in the footer, e.g. `2026-11-30 14:00 UTC`.
    public var generated: String
    public var version: String

    public init(generated: String, version: String) {
        self.generated = generated
        self.version = version
    }
}

/// The result of an audit: what was read, what was written and what went wrong.
public struct AuditOutcome: Sendable {
    public var lines = 0
    public var articles = 0
    public var duplicates = 0
    /// Messages naming the file (and line) of each problem; any makes the exit status 2.
    public var problems: [String] = []
    public var written: [String] = []
}

/// `copydesk audit`: reads shard outputs of `copydesk lint --format jsonl` (plain or gzip, any number, `-` for
/// standard input) line by line, never linting again, and writes `articles.csv` (streamed, one row per
/// article), `summary.csv` and `index.html` into a folder. A path seen twice (a shard run twice) is counted
/// once; lines that are not results are reported with their file and line and skipped.
public enum Audit {
    public static let articleColumns = [
        "path", "headline", "date", "year", "section", "author", "verdict", "categories", "level", "needs_warning",
        "warning_present", "warning_right", "warning_problems", "grade", "words", "misspellings",
        "accessibility_errors", "accessibility_warnings", "error",
    ]
    /// Shown one by one; past this only counted.
    static let detailedProblems = 20

    public static func run(inputs: [String], outputDirectory: String, options: AuditOptions) -> AuditOutcome {
        var outcome = AuditOutcome()
        do {
            try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
        } catch {
            outcome.problems.append("\(outputDirectory): cannot create the folder: \(error.localizedDescription)")
            return outcome
        }
        let folder = outputDirectory.hasSuffix("/") ? outputDirectory : outputDirectory + "/"
        let partial = folder + ".articles.csv.partial"
        let table: CSVTable
        do {
            table = try CSVTable(path: partial, header: articleColumns)
        } catch {
            outcome.problems.append("\(error)")
            return outcome
        }
        var tally = AuditTally()
        var seen = Set<UInt64>()
        var badLines = 0
        let decoder = JSONDecoder()
        for input in inputs {
            do {
                let source = try LineSource(path: input)
                try source.forEachLine { bytes, number in
                    tally.lines += 1
                    var line = bytes
                    if line.last == 0x0D { line = line.dropLast() }
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
                    let record: AuditRecord
                    do {
                        record = try decoder.decode(AuditRecord.self, from: Data(line))
                    } catch {
                        badLines += 1
                        if badLines <= detailedProblems { outcome.problems.append("\(source.name):\(number): \(describe(error))") }
                        return
                    }
                    if record.rule != nil || record.findings == nil {
                        badLines += 1
                        if badLines <= detailedProblems {
                            outcome.problems.append("\(source.name):\(number): a --format jsonl-findings line or another record; "
                                                    + "the audit reads copydesk lint --format jsonl (one line per file)")
                        }
                        return
                    }
                    guard seen.insert(StableHash.of(record.path)).inserted else {
                        outcome.duplicates += 1
                        return
                    }
                    tally.add(record)
                    table.row(row(record))
                }
            } catch {
                outcome.problems.append("\(error)")
            }
        }
        if badLines > detailedProblems {
            outcome.problems.append("\(badLines - detailedProblems) more lines that are not copydesk results were skipped")
        }
        outcome.lines = tally.lines
        outcome.articles = tally.articles
        do {
            try table.close()
            try FileManager.default.moveItemReplacing(partial, to: folder + "articles.csv")
            outcome.written.append(folder + "articles.csv")
            try write(summaryCSV(tally, duplicates: outcome.duplicates), to: folder + "summary.csv")
            outcome.written.append(folder + "summary.csv")
            let page = AuditPage(tally: tally, duplicates: outcome.duplicates, inputs: inputs.count,
                                 problems: outcome.problems.count, options: options)
            try write(page.render(), to: folder + "index.html")
            outcome.written.append(folder + "index.html")
        } catch {
            outcome.problems.append("\(folder): cannot write: \(error.localizedDescription)")
        }
        return outcome
    }

    private static func describe(_ error: Error) -> String {
        switch error as? Swift.DecodingError {
        case .keyNotFound(let key, _)?:
            return "not a copydesk result: no \"\(key.stringValue)\""
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            let place = context.codingPath.map { $0.stringValue }.joined(separator: ".")
            return "not a copydesk result: unexpected value at \(place.isEmpty ? "the top" : place)"
        default:
            return "not valid JSON (is the line cut short?)"
        }
    }

    static func row(_ record: AuditRecord) -> [String] {
        let categories = record.categories
        let problems = record.contentWarnings?.existing?.problems ?? []
        let right = record.warningPresent ? (record.needsWarning ? "no" : "yes") : ""
        return [
            record.path, record.headline ?? "", record.date ?? "", record.year ?? "", record.section ?? "", record.author ?? "",
            record.verdict ?? "", categories.map { "\($0.id):\($0.level)" }.joined(separator: ";"), record.highestLevel ?? "",
            record.error == nil ? (record.needsWarning ? "yes" : "no") : "", record.error == nil ? (record.warningPresent ? "yes" : "no") : "",
            right, problems.joined(separator: ";"), record.grade.map(PageKit.oneDecimal) ?? "",
            record.readability?.words.map(String.init) ?? "",
            record.error == nil ? String(record.misspellings) : "", record.error == nil ? String(record.accessibilityErrors) : "",
            record.error == nil ? String(record.accessibilityWarnings) : "", record.error ?? "",
        ]
    }

    /// `measure,key,category,value`: one tidy table of every total and count the page shows.
    static func summaryCSV(_ tally: AuditTally, duplicates: Int) -> String {
        var rows: [[String]] = [["measure", "key", "category", "value"]]
        func add(_ measure: String, _ key: String, _ category: String, _ value: String) {
            rows.append([measure, key, category, value])
        }
        func add(_ measure: String, _ value: String) { add(measure, "all", "", value) }
        add("articles", "\(tally.articles)")
        add("not_checked", "\(tally.failed)")
        add("duplicate_lines_skipped", "\(duplicates)")
        for verdict in ["ready", "needs-work", "blocked"] { add("verdict", verdict, "", "\(tally.verdicts[verdict] ?? 0)") }
        add("sensitive", "\(tally.sensitive)")
        add("needs_warning", "\(tally.needingWarning)")
        add("warning_present", "\(tally.warningsPresent)")
        add("warning_right", "\(tally.warningsRight)")
        add("misspellings", "\(tally.misspellings)")
        add("accessibility_errors", "\(tally.accessibilityErrors)")
        add("mean_grade", tally.meanGrade.map(PageKit.oneDecimal) ?? "")
        for (category, count) in tally.categoryTotals.sorted(by: { $0.key < $1.key }) { add("category", "all", category, "\(count)") }
        for (name, dimension) in [("year", tally.byYear), ("section", tally.bySection)] {
            for key in dimension.articles.keys.sorted() {
                add("articles_by_\(name)", key, "", "\(dimension.articles[key] ?? 0)")
                add("needs_warning_by_\(name)", key, "", "\(dimension.needingWarning[key] ?? 0)")
                for (category, count) in (dimension.categories[key] ?? [:]).sorted(by: { $0.key < $1.key }) {
                    add("category_by_\(name)", key, category, "\(count)")
                }
            }
        }
        return rows.map { $0.map(CSVTable.field).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    private static func write(_ text: String, to path: String) throws {
        let temporary = path + ".partial"
        try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        try FileManager.default.moveItemReplacing(temporary, to: path)
    }
}

extension FileManager {
    /// `rename(2)`: replaces `destination` in one step.
    func moveItemReplacing(_ source: String, to destination: String) throws {
        guard rename(source, destination) == 0 else {
            throw LineSource.Failure(description: "\(destination): \(String(cString: strerror(errno)))")
        }
    }
}
