import CopydeskEngine
import XCTest

/// `dict add --register`'s edit of `.copydesk.yml`: one line added, everything else as written.
final class ConfigurationEditorTests: XCTestCase {
    private func add(_ text: String) -> String? {
        ConfigurationEditor.addingWordList("names.dic", to: text, path: "/tmp/.copydesk.yml")
    }

    func testFlowListGainsTheEntry() {
        XCTAssertEqual(add("version: 1\nspelling:\n  word_lists: [] # the desk's\n"),
                       "version: 1\nspelling:\n  word_lists: [names.dic] # the desk's\n")
        XCTAssertEqual(add("version: 1\nspelling:\n    words: [a]\n    word_lists: [desk.dic]\nfail_level: warning\n"),
                       "version: 1\nspelling:\n    words: [a]\n    word_lists: [desk.dic, names.dic]\nfail_level: warning\n")
    }

    func testBlockListGainsAnItemAfterItsLast() {
        XCTAssertEqual(add("version: 1\nspelling:\n  word_lists:\n    # ours\n    - desk.dic\n  words: [a]\n"),
                       "version: 1\nspelling:\n  word_lists:\n    # ours\n    - desk.dic\n    - names.dic\n  words: [a]\n")
    }

    func testMissingKeyOrSectionIsAdded() {
        XCTAssertEqual(add("version: 1\nspelling:\n  words: [a]\n"), "version: 1\nspelling:\n  word_lists: [names.dic]\n  words: [a]\n")
        XCTAssertEqual(add("version: 1\n# end"), "version: 1\n# end\nspelling:\n  word_lists: [names.dic]\n")
    }

    func testAFormItDoesNotEditIsRefused() {
        XCTAssertNil(add("spelling: {word_lists: [desk.dic]}\n"))
        XCTAssertNil(add("spelling:\n  word_lists: desk.dic\n"), "a scalar is not a list")
        XCTAssertEqual(ConfigurationEditor.flowItem("my list.dic"), "\"my list.dic\"")
    }
}
