import XCTest
@testable import CopydeskCore

final class ConfigurationTests: XCTestCase {
    func testParsesTypedValues() throws {
        let config = try Configuration.parse("""
            version: 1
            language: en-GB
            exclude: ["drafts/**"]
            fail_level: warning
            spelling:
              words: [Copydesk, Glendinning]
              acronym_max_length: 4
            rules:
              spelling.unknown_name: false
              spelling.repeated_word: error
              spelling.misspelling: {severity: warning}
            """, path: "/x/.copydesk.yml")
        XCTAssertEqual(config.language, "en-GB", "kept as written; DictionaryName makes it en_GB")
        XCTAssertEqual(config.exclude, ["drafts/**"])
        XCTAssertEqual(config.failLevel, .warning)
        XCTAssertEqual(config.spelling.words, ["Copydesk", "Glendinning"])
        XCTAssertEqual(config.spelling.acronymMaxLength, 4)
        XCTAssertFalse(config.settings(for: "spelling.unknown_name").enabled)
        XCTAssertEqual(config.settings(for: "spelling.repeated_word").severity, .error)
        XCTAssertEqual(config.settings(for: "spelling.misspelling").severity, .warning)
        XCTAssertEqual(config.directory, "/x")
    }

    func testUnknownKeyNamesFileAndLine() {
        XCTAssertThrowsError(try Configuration.parse("version: 1\nlanguage: en_US\nspeling: {}\n", path: "c.yml")) { error in
            let e = error as! ConfigError
            XCTAssertEqual(e.path, "c.yml")
            XCTAssertEqual(e.line, 3)
            XCTAssertTrue(e.message.contains("unknown key 'speling'"), e.message)
        }
        XCTAssertThrowsError(try Configuration.parse("version: 1\nspelling:\n  acronym_max_length: lots\n", path: "c.yml")) { error in
            let e = error as! ConfigError
            XCTAssertEqual(e.line, 3)
            XCTAssertTrue(e.message.contains("spelling.acronym_max_length"), e.message)
        }
    }

    func testVersionIsRequiredAndChecked() {
        XCTAssertThrowsError(try Configuration.parse("language: en_US\n", path: "c.yml")) { error in
            XCTAssertTrue((error as! ConfigError).message.contains("missing 'version: 1'"))
        }
        XCTAssertThrowsError(try Configuration.parse("version: 7\n", path: "c.yml")) { error in
            XCTAssertEqual((error as! ConfigError).line, 1)
        }
    }

    func testMalformedYAMLReportsLine() {
        XCTAssertThrowsError(try Configuration.parse("version: 1\nwords: [a, b\nother: c\n", path: "c.yml")) { error in
            let e = error as! ConfigError
            XCTAssertNotNil(e.line)
            XCTAssertTrue(e.message.hasPrefix("not valid YAML"), e.message)
        }
    }
}
