import Foundation
import XCTest

/// A near miss names the nearest command, key or rule, and `explain` takes a family.
final class DidYouMeanTests: XCTestCase {
    func testUnknownCommandNamesTheNearest() throws {
        let result = try CLI.run(["lnt", "basic"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("unknown command 'lnt' (did you mean 'lint'?)"), result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(try CLI.run(["frobnicate"]).stderr.contains("did you mean"), false, "nothing near: no guess")
    }

    func testUnknownConfigurationKeyAndRuleNameTheNearest() throws {
        let dir = try CLI.temporaryDirectory()
        try "version: 1\nspeling: {}\n".write(to: dir.appendingPathComponent(".copydesk.yml"), atomically: true, encoding: .utf8)
        try "Fine.\n".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let key = try CLI.run(["lint", "--format", "json", "a.txt"], in: dir)
        XCTAssertEqual(key.status, 2)
        XCTAssertTrue(key.stdout.contains("unknown key 'speling' (did you mean 'spelling'?)"), key.stdout)
        try "version: 1\nrules:\n  spelling.repeated_wrd: false\n".write(to: dir.appendingPathComponent(".copydesk.yml"), atomically: true, encoding: .utf8)
        let rule = try CLI.run(["lint", "--format", "json", "a.txt"], in: dir)
        XCTAssertTrue(rule.stdout.contains("unknown rule 'spelling.repeated_wrd' (did you mean 'spelling.repeated_word'?)"), rule.stdout)
    }

    func testExplainNamesTheNearestRuleAndExplainsAFamily() throws {
        let miss = try CLI.run(["explain", "speling.repeated_wrd"])
        XCTAssertEqual(miss.status, 2)
        XCTAssertTrue(miss.stderr.contains("did you mean 'spelling.repeated_word'?"), miss.stderr)
        let family = try CLI.run(["explain", "spelling"])
        XCTAssertEqual(family.status, 0)
        XCTAssertTrue(family.stdout.hasPrefix("spelling: a family of "), family.stdout)
        for id in ["spelling.misspelling", "spelling.unknown_name", "spelling.repeated_word"] {
            XCTAssertTrue(family.stdout.contains(id), id)
        }
    }
}
