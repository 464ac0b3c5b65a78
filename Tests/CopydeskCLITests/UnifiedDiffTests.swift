@testable import CopydeskEngine
import Foundation
import XCTest

/// `--diff` output against GNU `diff -u` on the same two texts (hunks compared; the header lines differ by design).
final class UnifiedDiffTests: XCTestCase {
    private func gnuHunks(_ old: String, _ new: String) throws -> String {
        let dir = try CLI.temporaryDirectory()
        let a = dir.appendingPathComponent("a"), b = dir.appendingPathComponent("b")
        try old.write(to: a, atomically: true, encoding: .utf8)
        try new.write(to: b, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["diff", "-u", a.path, b.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).joined(separator: "\n")
    }

    private func ours(_ old: String, _ new: String) -> String {
        let diff = UnifiedDiff.make(old: Array(old.utf8), new: Array(new.utf8), path: "x.md")
        return diff.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).joined(separator: "\n")
    }

    func testHunksMatchGNUDiff() throws {
        let lines = (1...40).map { "line \($0)\n" }
        let base = lines.joined()
        var cases: [String] = []
        cases.append("inserted at top\n" + base)
        cases.append(base + "appended\n")
        var middle = lines; middle.insert("new\n", at: 20); cases.append(middle.joined())
        var two = lines; two.insert("near\n", at: 5); two.insert("far\n", at: 30); cases.append(two.joined())
        var close = lines; close.insert("one\n", at: 10); close.insert("two\n", at: 14); cases.append(close.joined())
        var replaced = lines; replaced[7] = "changed 8\n"; cases.append(replaced.joined())
        cases.append(String(base.dropLast()))  // final newline removed
        for new in cases {
            XCTAssertEqual(ours(base, new), try gnuHunks(base, new), new)
        }
        XCTAssertEqual(UnifiedDiff.make(old: Array(base.utf8), new: Array(base.utf8), path: "x.md"), "")
    }
}
