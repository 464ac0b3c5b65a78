@testable import CopydeskAudit
import Foundation
import XCTest

/// `copydesk audit` as a library: reading shard outputs (plain and gzip), tables and page from the same counts.
final class AuditTests: XCTestCase {
    private func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    private func line(_ path: String, year: Int, section: String, categories: [(String, String)] = [], needed: Bool = false,
                      present: Bool = false, grade: Double = 8, misspellings: Int = 0, verdict: String = "ready") -> String {
        let cats = categories.map { "{\"id\":\"\($0.0)\",\"level\":\"\($0.1)\",\"passages\":[]}" }.joined(separator: ",")
        let findings = (0..<misspellings).map { _ in "{\"rule\":\"spelling.misspelling\",\"severity\":\"error\",\"line\":1}" }.joined(separator: ",")
        return """
            {"content_warnings":{"categories":[\(cats)],"existing":{"categories":[],"line":null,"present":\(present),"problems":[]},\
            "suggestion":{"needed":\(needed),"text":"This article contains descriptions of death."}},"date":"\(year)-05-01",\
            "findings":[\(findings)],"headline":"Story, \\"\(path)\\"","language":"en_US","path":"\(path)",\
            "readability":{"scores":{"consensus_grade":\(grade)},"words":120},"section":"\(section)","syntax":"markdown","verdict":"\(verdict)"}
            """
    }

    private func gzip(_ text: String, to url: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-c"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try data.write(to: url)
    }

    private func csv(_ url: URL) throws -> [[String: String]] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var rows = CSVReader.parse(text)
        let header = rows.removeFirst()
        return rows.map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    func testShardsPlainAndGzipAddUpAndRepeatsCountOnce() throws {
        let dir = try scratch()
        let shardA = [line("a.md", year: 2019, section: "Local", categories: [("death_grief", "graphic")], needed: true, misspellings: 2),
                      line("b.md", year: 2020, section: "Local", grade: 14)].joined(separator: "\n") + "\n"
        let shardB = [line("c.md", year: 2019, section: "Courts", categories: [("violence_gore", "mention"), ("death_grief", "description")],
                           needed: false, present: true, verdict: "needs-work"),
                      "{\"error\":\"no such file or folder\",\"findings\":[],\"language\":\"\",\"path\":\"gone.md\",\"syntax\":\"text\",\"verdict\":\"blocked\"}"]
            .joined(separator: "\n")  // no final newline: the last line still counts
        try Data(shardA.utf8).write(to: dir.appendingPathComponent("a.jsonl"))
        try gzip(shardB, to: dir.appendingPathComponent("b.jsonl.gz"))
        let out = dir.appendingPathComponent("out")
        let outcome = Audit.run(inputs: [dir.appendingPathComponent("a.jsonl").path, dir.appendingPathComponent("b.jsonl.gz").path,
                                         dir.appendingPathComponent("a.jsonl").path],
                                outputDirectory: out.path, options: AuditOptions(generated: "2026-01-01 00:00 UTC", version: "test"))
        XCTAssertEqual(outcome.problems, [])
        XCTAssertEqual(outcome.articles, 4)
        XCTAssertEqual(outcome.duplicates, 2, "the first shard given twice")

        let articles = try csv(out.appendingPathComponent("articles.csv"))
        XCTAssertEqual(articles.map { $0["path"] }, ["a.md", "b.md", "c.md", "gone.md"])
        XCTAssertEqual(articles[0]["headline"], "Story, \"a.md\"", "commas and quotes survive CSV")
        XCTAssertEqual(articles[0]["misspellings"], "2")
        XCTAssertEqual(articles[0]["needs_warning"], "yes")
        XCTAssertEqual(articles[0]["warning_present"], "no")
        XCTAssertEqual(articles[2]["categories"], "death_grief:description;violence_gore:mention")
        XCTAssertEqual(articles[2]["level"], "description")
        XCTAssertEqual(articles[2]["warning_right"], "yes")
        XCTAssertEqual(articles[1]["grade"], "14.0")
        XCTAssertEqual(articles[3]["error"], "no such file or folder")
        XCTAssertEqual(Array(articles[0].keys).sorted(), Audit.articleColumns.sorted())

        let summary = try csv(out.appendingPathComponent("summary.csv"))
        func value(_ measure: String, _ key: String = "all", _ category: String = "") -> String? {
            summary.first { $0["measure"] == measure && $0["key"] == key && $0["category"] == category }?["value"]
        }
        XCTAssertEqual(value("articles"), "4")
        XCTAssertEqual(value("not_checked"), "1")
        XCTAssertEqual(value("category_by_year", "2019", "death_grief"), "2")
        XCTAssertEqual(value("category_by_section", "Courts", "violence_gore"), "1")
        XCTAssertEqual(value("needs_warning"), "1")
        XCTAssertEqual(value("warning_right"), "1")
        XCTAssertEqual(value("verdict", "blocked"), "1")
        XCTAssertEqual(value("mean_grade"), "10.0")
        XCTAssertEqual(value("duplicate_lines_skipped"), "2")

        let page = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("This article contains descriptions of death."), "the suggested wording is shown")
        XCTAssertTrue(page.contains("1 article needs a content warning."), "singular")
        XCTAssertTrue(page.contains("Story, &quot;a.md&quot;"), "article text is escaped")
        XCTAssertFalse(page.contains("<script"), "the page runs no script")
        XCTAssertFalse(page.contains("http://") || page.contains("https://"), "nothing to load")
    }

    /// Text from the articles cannot become a spreadsheet formula (OWASP CSV injection): a cell that begins with
    /// `=`, `+`, `-`, `@`, a tab or a carriage return is written with a leading `'`; numbers stay numbers.
    func testCSVCellsCannotRunAsFormulas() throws {
        XCTAssertEqual(CSVTable.field("=HYPERLINK(\"http://x.example\",\"click\")"), "\"'=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\"")
        for cell in ["+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\r=1", "=1"] {
            XCTAssertEqual(CSVTable.defused(cell), "'" + cell, cell)
        }
        for cell in ["-1.5", "-3", "12.0", "Local news", "a=b", "", "'quoted"] {
            XCTAssertEqual(CSVTable.defused(cell), cell, cell)
        }
        XCTAssertEqual(CSVTable.defused("- bullet"), "'- bullet")
        XCTAssertEqual(CSVTable.defused("-1.5e3"), "'-1.5e3", "only plain decimals pass as numbers")

        let dir = try scratch()
        let hostile = line("=cmd.md", year: 2021, section: "@SUM(1+1)*cmd", categories: [("death_grief", "mention")], grade: -1.5)
            .replacingOccurrences(of: "\"headline\":\"Story, \\\"=cmd.md\\\"\"", with: "\"headline\":\"=HYPERLINK(\\\"http://evil.example\\\")\"")
        XCTAssertTrue(hostile.contains("=HYPERLINK"), hostile)
        try Data((hostile + "\n").utf8).write(to: dir.appendingPathComponent("h.jsonl"))
        let out = dir.appendingPathComponent("out")
        let outcome = Audit.run(inputs: [dir.appendingPathComponent("h.jsonl").path], outputDirectory: out.path,
                                options: AuditOptions(generated: "fixed", version: "test"))
        XCTAssertEqual(outcome.problems, [])
        let articles = try csv(out.appendingPathComponent("articles.csv"))
        XCTAssertEqual(articles[0]["headline"], "'=HYPERLINK(\"http://evil.example\")")
        XCTAssertEqual(articles[0]["path"], "'=cmd.md")
        XCTAssertEqual(articles[0]["section"], "'@SUM(1+1)*cmd")
        XCTAssertEqual(articles[0]["grade"], "-1.5", "a negative grade stays a number")
        let summary = try csv(out.appendingPathComponent("summary.csv"))
        XCTAssertTrue(summary.contains { $0["key"] == "'@SUM(1+1)*cmd" }, "section keys in the summary too")
        for name in ["articles.csv", "summary.csv"] {
            let text = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            for row in CSVReader.parse(text) {
                for cell in row where !cell.isEmpty {
                    XCTAssertFalse("=+@\t\r".contains(cell.first!), "\(name): \(cell)")
                    XCTAssertTrue(cell.first != "-" || Double(cell) != nil, "\(name): \(cell)")
                }
            }
        }
    }

    /// The page names categories as the report does (`Death and grief`, from categories.tsv via the results), and
    /// results written before categories carried a name still read.
    func testPageNamesCategoriesAsTheReportDoes() throws {
        let dir = try scratch()
        let named = line("a.md", year: 2020, section: "Local", categories: [("death_grief", "graphic")], needed: true)
            .replacingOccurrences(of: "{\"id\":\"death_grief\",", with: "{\"id\":\"death_grief\",\"name\":\"Death and grief\",")
        XCTAssertTrue(named.contains("Death and grief"))
        let old = line("b.md", year: 2021, section: "Local", categories: [("war_torture", "mention")], needed: true)
        try Data((named + "\n" + old + "\n").utf8).write(to: dir.appendingPathComponent("n.jsonl"))
        let out = dir.appendingPathComponent("out")
        _ = Audit.run(inputs: [dir.appendingPathComponent("n.jsonl").path], outputDirectory: out.path,
                      options: AuditOptions(generated: "fixed", version: "test"))
        let page = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("Death and grief: articles per year"), "chart captions use the name")
        XCTAssertTrue(page.contains("<th scope=\"col\" class=\"num\">Death and grief</th>"), "table headers use the name")
        XCTAssertTrue(page.contains("Death and grief (graphic)"), "the list of articles to warn uses the name")
        XCTAssertTrue(page.contains("War torture (mention)"), "an old line without a name falls back to its id in words")
        XCTAssertFalse(page.contains("death_grief") || page.contains("death grief"), "no id on the page")
        XCTAssertTrue(page.contains("2 articles need a content warning."), "plural")
    }

    /// Shards may arrive in any order: the page and summary do not change (the article table follows the input).
    func testOutputDoesNotDependOnShardOrder() throws {
        let dir = try scratch()
        let lines = (0..<300).map { i in
            line("p\(i).md", year: 2015 + i % 6, section: ["A", "B", "C"][i % 3],
                 categories: i % 4 == 0 ? [("death_grief", "graphic")] : [], needed: i % 8 == 0, grade: Double(i % 17))
        }
        try Data((lines[..<150].joined(separator: "\n") + "\n").utf8).write(to: dir.appendingPathComponent("1.jsonl"))
        try Data((lines[150...].joined(separator: "\n") + "\n").utf8).write(to: dir.appendingPathComponent("2.jsonl"))
        let options = AuditOptions(generated: "fixed", version: "test")
        _ = Audit.run(inputs: ["1", "2"].map { dir.appendingPathComponent("\($0).jsonl").path }, outputDirectory: dir.appendingPathComponent("x").path, options: options)
        _ = Audit.run(inputs: ["2", "1"].map { dir.appendingPathComponent("\($0).jsonl").path }, outputDirectory: dir.appendingPathComponent("y").path, options: options)
        for name in ["index.html", "summary.csv"] {
            XCTAssertEqual(try Data(contentsOf: dir.appendingPathComponent("x/\(name)")), try Data(contentsOf: dir.appendingPathComponent("y/\(name)")), name)
        }
        let page = try String(contentsOf: dir.appendingPathComponent("x/index.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("p16.md"), "the hardest article (grade 16) is listed")
    }

    func testBadInputIsNamedByFileAndLineAndTheRestIsCounted() throws {
        let dir = try scratch()
        let file = dir.appendingPathComponent("mixed.jsonl")
        let text = [line("ok.md", year: 2020, section: "A"), "{\"path\":\"x.md\",\"rule\":\"spelling.misspelling\"}", "{\"findings\":[", "",
                    line("ok2.md", year: 2021, section: "A")].joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: file)
        let outcome = Audit.run(inputs: [file.path, dir.appendingPathComponent("absent.jsonl").path],
                                outputDirectory: dir.appendingPathComponent("out").path, options: AuditOptions(generated: "", version: ""))
        XCTAssertEqual(outcome.articles, 2)
        XCTAssertEqual(outcome.problems.count, 3, outcome.problems.joined(separator: "\n"))
        XCTAssertTrue(outcome.problems[0].hasPrefix("\(file.path):2: a --format jsonl-findings line"), outcome.problems[0])
        XCTAssertTrue(outcome.problems[1].hasPrefix("\(file.path):3: not valid JSON"), outcome.problems[1])
        XCTAssertTrue(outcome.problems[2].contains("absent.jsonl"), outcome.problems[2])
    }

    func testYearIsTheFirstPlausibleFourDigits() {
        func year(_ date: String) -> String? {
            AuditRecord(path: "", date: date).year
        }
        XCTAssertEqual(year("2019-03-04"), "2019")
        XCTAssertEqual(year("4 March 2019"), "2019")
        XCTAssertEqual(year("2019-03-04T10:00:00+01:00"), "2019")
        XCTAssertNil(year("March 4"))
        XCTAssertNil(year("12345-01-01"))
    }
}

/// A small RFC 4180 reader for the tests (quoted fields, doubled quotes, newlines inside quotes).
enum CSVReader {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true
            } else if c == "," { row.append(field); field = ""
            } else if c == "\n" { row.append(field); rows.append(row); row = []; field = ""
            } else { field.append(c) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
