import CopydeskCore
@testable import CopydeskReporters
import Foundation
import XCTest

/// Hand-built results covering what CI formats must survive: spaces and accents in paths, a path outside
/// the repository, a file that could not be checked, a clean file and a message full of separators.
enum ReporterFixtures {
    static let hostileMessage = "Replace \"a:b,c\" with 100% <sure> & 'so'\nsecond line\r"

    static let rules: [RuleDescription] = [
        RuleDescription(
            id: "spelling.misspelling", name: "Misspelling", description: "Flag words the dictionary does not know",
            rationale: "Misspellings undermine trust and trip up screen readers", severity: .error,
            triggeringExamples: ["↓Teh cat"], nonTriggeringExamples: ["The cat"]),
        RuleDescription(
            id: "accessibility.image_alt", name: "Image alternative text", description: "Require alt text on images",
            rationale: "People who cannot see the image need its content in words", severity: .error,
            reference: "WCAG 2.2 SC 1.1.1 Non-text Content",
            triggeringExamples: ["↓![](a.png)"], nonTriggeringExamples: ["![A cat](a.png)"]),
        RuleDescription(
            id: "readability.sentence_length", name: "Sentence length", description: "Flag long sentences",
            rationale: "Long sentences are hard to follow", severity: .warning,
            reference: "Plain language guidelines: short sentences",
            triggeringExamples: ["↓A very long sentence."], nonTriggeringExamples: ["Short."]),
    ]

    static func finding(_ rule: String, _ severity: Severity, line: Int, column: Int, endLine: Int, endColumn: Int,
                        match: String, message: String, suggestions: [String] = []) -> Finding {
        Finding(rule: rule, severity: severity, start: line * 100 + column, end: endLine * 100 + endColumn,
                line: line, column: column, endLine: endLine, endColumn: endColumn,
                match: match, message: message, suggestions: suggestions)
    }

    static let results: [FileResult] = [
        FileResult(path: "news/café story.md", language: "en_US", syntax: .markdown, findings: [
            finding("spelling.misspelling", .error, line: 3, column: 5, endLine: 3, endColumn: 8,
                    match: "teh", message: "Check the spelling of “teh”", suggestions: ["the", "ten"]),
            finding("readability.sentence_length", .warning, line: 4, column: 1, endLine: 5, endColumn: 12,
                    match: "A long one", message: "Split this 41-word sentence"),
            finding("readability.sentence_length", .suggestion, line: 7, column: 2, endLine: 7, endColumn: 9,
                    match: "Hmm ok.", message: "Consider a shorter sentence"),
        ]),
        FileResult(path: "/repo/news/hostile, \"name\": 100%.md", language: "en_US", syntax: .markdown, findings: [
            finding("accessibility.image_alt", .error, line: 1, column: 1, endLine: 1, endColumn: 12,
                    match: "![](x.png)", message: hostileMessage),
        ]),
        FileResult.failure(path: "broken.html", syntax: .html, message: "Cannot decode the file: invalid UTF-8 at byte 12"),
        FileResult(path: "clean.txt", language: "en_GB", syntax: .text),
        FileResult(path: "/elsewhere/outside.md", language: "en_US", syntax: .markdown, findings: [
            finding("unknown.rule", .warning, line: 2, column: 3, endLine: 2, endColumn: 4,
                    match: "x", message: "Do something about “x”"),
        ]),
    ]

    static var summary: Summary {
        var summary = Summary()
        results.forEach { summary.add($0) }
        return summary
    }

    static let context = ReportContext(
        toolVersion: "1.2.3-test", rules: rules, baseDirectory: "/repo", workingDirectory: "/repo")

    static func render(_ reporter: any Reporter) -> String {
        reporter.report(results, summary: summary, context: context)
    }

    /// One scratch folder per test process; `removeScratch()` deletes it.
    static let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-reporters-\(UUID().uuidString)")

    static func removeScratch() { try? FileManager.default.removeItem(at: scratch) }

    /// Writes `text` to a file in the scratch folder and returns its path.
    static func temporaryFile(_ text: String, name: String) throws -> String {
        let dir = scratch
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }
}

/// Runs a program found on PATH (no shell). Nil when the program is not installed.
enum ExternalTool {
    static func locate(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
