import CopydeskCore
import CopydeskEngine
import CopydeskReporters
import Foundation
import XCTest

/// The request value and the engine front ends build on: in-memory texts, shards, the settled context.
final class LintRequestTests: XCTestCase {
    private let article = "---\ntitle: Vote\n---\n# Vote\n\nThe the council will recieve the report on Tuesday.\n"

    private func folder(_ files: [String: String]) throws -> URL {
        let dir = try CLI.temporaryDirectory()
        for (name, text) in files {
            let url = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return dir
    }

    private func request(_ paths: [String], in dir: URL) -> LintRequest {
        var request = LintRequest(paths: paths, workingDirectory: dir.path, toolVersion: "test")
        request.format = "json"
        return request
    }

    func testQuietShowsWhatFailsTheRunWhenTheConfigurationSetsTheFailLevel() throws {
        let dir = try folder([".copydesk.yml": "version: 1\nfail_level: warning\n", "w.txt": "The the vote was close.\n"])
        let quiet = try CLI.run(["lint", "--quiet", "w.txt"], in: dir)
        XCTAssertEqual(quiet.status, 1)
        XCTAssertTrue(quiet.stdout.contains("w.txt:1:1: warning: Remove the repeated word 'the'"), quiet.stdout)
    }

    func testTextInMemoryGivesTheSameFileObjectAsLintOnTheSameBytes() throws {
        let dir = try folder(["story.md": article])
        var output = ""
        let status = LintSession(request: request(["story.md"], in: dir)).run(write: { output += $0 })
        XCTAssertEqual(status, .findings)
        let engine = try LintEngine.open(request([], in: dir)).get()
        let result = engine.check(LintText(path: "story.md", bytes: Array(article.utf8)))
        let body = JSONReporter().body(result, index: 0, context: engine.context)
        XCTAssertTrue(output.hasPrefix("{\"files\":[" + body + "],"), "\(output.prefix(300))\n\(body.prefix(300))")
        XCTAssertTrue(result.findings.contains { $0.rule == "spelling.misspelling" && $0.match == "recieve" })
    }

    func testALabelIsNeverOpenedAndSyntaxAndLanguageMayBeDeclared() throws {
        let dir = try folder(["elsewhere/.copydesk.yml": "version: 1\nnot_a_key: 1\n"])
        let engine = try LintEngine.open(request([], in: dir)).get()
        let result = engine.check(LintText(path: "elsewhere/missing.html", bytes: Array("# Colour\n\nThe colour of the sky.\n".utf8),
                                           syntax: .markdown, language: "en-GB"))
        XCTAssertNil(result.error, "the label's folder and its broken configuration are not read")
        XCTAssertEqual(result.path, "elsewhere/missing.html")
        XCTAssertEqual(result.syntax, .markdown)
        XCTAssertEqual(result.language, "en_GB")
        XCTAssertFalse(result.findings.contains { $0.rule == "spelling.misspelling" })
    }

    func testEngineChecksFromManyThreadsAlike() throws {
        let dir = try folder([:])
        let engine = try LintEngine.open(request([], in: dir)).get()
        let expected = engine.check(LintText(path: "a.md", bytes: Array(article.utf8)))
        let results = LockedResults()
        let bytes = Array(article.utf8)
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            results.append(engine.check(LintText(path: "a.md", bytes: bytes)))
        }
        XCTAssertEqual(results.all.count, 8)
        for result in results.all { XCTAssertEqual(result.findings, expected.findings) }
    }

    func testShardsPartitionTheFiles() throws {
        var files: [String: String] = [:]
        for i in 0..<30 { files["a/\(i).txt"] = "Text \(i).\n" }
        let dir = try folder(files)
        var seen: [String] = []
        for k in 1...3 {
            var req = request(["a"], in: dir)
            req.shard = try Shard(index: k, count: 3)
            let items = try LintEngine.open(req).get().items().get()
            XCTAssertFalse(items.isEmpty, "shard \(k) of 3 over 30 files")
            seen += items.map(\.path)
        }
        XCTAssertEqual(seen.sorted(), (0..<30).map { "a/\($0).txt" }.sorted())
    }

    func testARunThatCannotStartIsAFailedFileInTheMachineFormat() throws {
        let dir = try folder([".copydesk.yml": "version: 1\nspeling: {}\n", "a.txt": "Fine.\n"])
        var output = ""
        let status = LintSession(request: request(["a.txt"], in: dir)).run(write: { output += $0 })
        XCTAssertEqual(status, .failure)
        XCTAssertTrue(output.contains(".copydesk.yml:2: unknown key 'speling'"), output)
        XCTAssertTrue(output.contains("\"failed_files\":1"), output)
    }
}

private final class LockedResults: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [FileResult] = []
    func append(_ result: FileResult) { lock.lock(); results.append(result); lock.unlock() }
    var all: [FileResult] { lock.lock(); defer { lock.unlock() }; return results }
}
