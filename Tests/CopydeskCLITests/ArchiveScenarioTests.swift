import Foundation
import XCTest

/// The batch-engine contract of `copydesk lint`: shards, `--exit-zero`, `--files-from` and `--format jsonl`.
final class ArchiveScenarioTests: XCTestCase {
    /// A folder of `count` small articles in year folders, some with a typo.
    private func archive(_ count: Int) throws -> URL {
        let dir = try CLI.temporaryDirectory()
        for i in 0..<count {
            let folder = dir.appendingPathComponent("archive/\(2015 + i % 5)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let body = i % 3 == 0 ? "The council will recieve the report.\n" : "The council will receive the report.\n"
            try Data("---\ntitle: Story \(i)\nsection: S\(i % 4)\n---\n\(body)".utf8).write(to: folder.appendingPathComponent("story-\(i).md"))
        }
        return dir
    }

    private func paths(_ jsonl: String) throws -> [String] {
        try jsonl.split(separator: "\n").map {
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any], String($0))
            return try XCTUnwrap(object["path"] as? String)
        }
    }

    func testShardsUnionIsTheWholeRunWithNoFileTwice() throws {
        let dir = try archive(60)
        let whole = try CLI.run(["lint", "archive", "--format", "jsonl", "--jobs", "2"], in: dir)
        XCTAssertEqual(whole.status, 1)
        let all = try paths(whole.stdout)
        XCTAssertEqual(all.count, 60)
        var union: [String] = []
        var lines: [Substring] = []
        for k in 1...4 {
            let shard = try CLI.run(["lint", "archive", "--format", "jsonl", "--shard", "\(k)/4"], in: dir)
            XCTAssertLessThanOrEqual(shard.status, 1, shard.stderr)
            let mine = try paths(shard.stdout)
            XCTAssertGreaterThan(mine.count, 5, "shard \(k)/4 has \(mine.count) of 60")
            union += mine
            lines += shard.stdout.split(separator: "\n")
        }
        XCTAssertEqual(union.sorted(), all.sorted())
        XCTAssertEqual(Set(union).count, union.count, "no file in two shards")
        XCTAssertEqual(lines.sorted(), whole.stdout.split(separator: "\n").sorted(), "the same lines, byte for byte")
    }

    func testShardsDependOnlyOnThePathUnderTheFolderArgument() throws {
        let dir = try archive(30)
        let relative = try CLI.run(["lint", "archive", "--format", "jsonl", "--shard", "2/3"], in: dir)
        let absolute = try CLI.run(["lint", dir.appendingPathComponent("archive").path + "/", "--format", "jsonl", "--shard", "2/3"], in: dir)
        let prefix = dir.appendingPathComponent("archive").path + "/"
        XCTAssertEqual(try paths(relative.stdout).map { String($0.dropFirst("archive/".count)) },
                       try paths(absolute.stdout).map { String($0.dropFirst(prefix.count)) })
    }

    func testShardFromEnvironmentMatchesShardFlag() throws {
        let dir = try archive(30)
        for index in 0..<3 {
            let flag = try CLI.run(["lint", "archive", "--format", "jsonl", "--shard", "\(index + 1)/3"], in: dir)
            let env = try CLI.run(["lint", "archive", "--format", "jsonl", "--shard-from-env", "--shards", "3"], in: dir,
                                  environment: ["JOB_COMPLETION_INDEX": "\(index)"])
            let batch = try CLI.run(["lint", "archive", "--format", "jsonl", "--shard-from-env", "--shards", "3"], in: dir,
                                    environment: ["AWS_BATCH_JOB_ARRAY_INDEX": "\(index)"])
            XCTAssertEqual(env.stdout, flag.stdout)
            XCTAssertEqual(batch.stdout, flag.stdout)
        }
        let unset = try CLI.run(["lint", "archive", "--shard-from-env", "--shards", "3"], in: dir)
        XCTAssertEqual(unset.status, 2)
        XCTAssertTrue(unset.stderr.contains("JOB_COMPLETION_INDEX"), unset.stderr)
        let outside = try CLI.run(["lint", "archive", "--shard-from-env", "--shards", "3"], in: dir, environment: ["JOB_COMPLETION_INDEX": "3"])
        XCTAssertEqual(outside.status, 2)
        XCTAssertEqual(try CLI.run(["lint", "archive", "--shard", "4/3"], in: dir).status, 2)
        XCTAssertEqual(try CLI.run(["lint", "archive", "--shard-from-env"], in: dir, environment: ["JOB_COMPLETION_INDEX": "0"]).status, 2)
    }

    func testExitZeroKeepsFindingsFromTheStatusButNotErrors() throws {
        let findings = try CLI.run(["lint", "basic", "--exit-zero"])
        XCTAssertEqual(findings.status, 0)
        XCTAssertTrue(findings.stdout.contains("recieve"), "findings are still reported")
        XCTAssertEqual(try CLI.run(["lint", "basic"]).status, 1, "without the flag the same run exits 1")
        let missing = try CLI.run(["lint", "basic", "no-such.md", "--exit-zero"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("no-such.md: error: no such file or folder"), missing.stderr)
        let config = try CLI.run(["lint", "config-error/a.txt", "--exit-zero"])
        XCTAssertEqual(config.status, 2, "a configuration error is an error")
        XCTAssertEqual(try CLI.run(["lint", "--bogus", "--exit-zero", "basic"]).status, 2)
    }

    func testFilesFromStandardInputAndFileWithMissingPathsAsErrorRecords() throws {
        let list = "basic/typos.txt\nmissing/one.md\r\n\nbasic/clean.txt\n"
        let piped = try CLI.run(["lint", "--files-from", "-", "--format", "jsonl", "--exit-zero"], stdin: list)
        XCTAssertEqual(piped.status, 2, "a missing path is an error")
        let objects = try piped.stdout.split(separator: "\n").map { try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        XCTAssertEqual(objects.map { $0["path"] as? String }, ["basic/typos.txt", "missing/one.md", "basic/clean.txt"])
        XCTAssertEqual(objects[1]["error"] as? String, "no such file or folder")
        XCTAssertEqual(objects[0]["verdict"] as? String, "blocked")
        XCTAssertEqual(objects[2]["verdict"] as? String, "ready")
        XCTAssertNotNil(objects[2]["readability"], "a clean article carries its readability")

        let dir = try CLI.temporaryDirectory()
        let listFile = dir.appendingPathComponent("list.txt")
        try Data("basic/typos.txt\nbasic/clean.txt\n".utf8).write(to: listFile)
        let fromFile = try CLI.run(["lint", "--files-from", listFile.path, "--exit-zero", "--format", "jsonl"])
        XCTAssertEqual(fromFile.status, 0)
        XCTAssertEqual(try paths(fromFile.stdout), ["basic/typos.txt", "basic/clean.txt"])
        let noList = try CLI.run(["lint", "--files-from", dir.appendingPathComponent("absent.txt").path])
        XCTAssertEqual(noList.status, 2)
        XCTAssertTrue(noList.stderr.contains("absent.txt") && noList.stderr.contains("--files-from"), noList.stderr)
        XCTAssertEqual(try CLI.run(["lint", "-", "--files-from", "-"], stdin: "x").status, 2)
    }

    func testJSONLinesFindingsFormatKeepsTheOldShape() throws {
        let result = try CLI.run(["lint", "basic", "--format", "jsonl-findings"])
        let lines = result.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 2, "one line per finding; the clean file writes none")
        XCTAssertTrue(lines.allSatisfy { $0.contains("\"rule\":") && !$0.contains("\"verdict\"") })
    }

    /// Every line of both JSON Lines forms parses on its own and validates against its part of
    /// docs/json-output.schema.json (python3 jsonschema, installed by scripts/setup-deps.sh test).
    func testEveryLineParsesAndMatchesTheSchema() throws {
        let dir = try archive(12)
        let examples = CLI.packageRoot.appendingPathComponent("Examples").path
        try Data([0xE9, 0x0A]).write(to: dir.appendingPathComponent("archive/latin1.md"))
        for (format, definition) in [("jsonl", "file_line"), ("jsonl-findings", "finding_line")] {
            let output = try CLI.run(["lint", "archive", examples, "--format", format, "--exit-zero"], in: dir)
            XCTAssertEqual(output.status, 2, "the Latin-1 file is an error")
            let file = dir.appendingPathComponent("out.\(format)")
            try Data(output.stdout.utf8).write(to: file)
            let check = try python("""
                import json, sys, jsonschema
                schema = json.load(open(sys.argv[1]))
                validator = jsonschema.Draft202012Validator({"$ref": "#/$defs/" + sys.argv[3], "$defs": schema["$defs"]})
                count = 0
                for number, line in enumerate(open(sys.argv[2], encoding="utf-8").read().split("\\n")[:-1], 1):
                    record = json.loads(line)
                    errors = sorted(validator.iter_errors(record), key=str)
                    if errors: sys.exit(f"line {number}: {errors[0].message}")
                    count += 1
                print(count)
                """, [CLI.packageRoot.appendingPathComponent("docs/json-output.schema.json").path, file.path, definition])
            XCTAssertEqual(check.status, 0, check.stderr)
            let count = Int(check.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
            XCTAssertEqual(count, output.stdout.split(separator: "\n").count)
            if format == "jsonl" {
                XCTAssertEqual(count, 12 + 1 + 6, "one line per file: the archive, the Latin-1 file, the six examples")
                XCTAssertTrue(output.stdout.contains("\"section\":\"S1\""), output.stdout)
            }
        }
    }

    private func python(_ script: String, _ arguments: [String]) throws -> CLI.Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLI.Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                          stderr: String(decoding: errData, as: UTF8.self))
    }
}
