import CopydeskCore
import XCTest

/// A switch that switches nothing off is reported where it stands, with the name it was meant to be.
final class InvalidSwitchRuleTests: XCTestCase {
    private func messages(_ text: String) throws -> [String] {
        let (_, result) = try RuleExampleHarness.lint(text)
        return result.findings.filter { $0.rule == "switch.invalid" }.map { "\($0.line): \($0.message)" }
    }

    func testMisspeltSwitchAndUnknownNamesSayWhatWasMeant() throws {
        let text = """
        ---
        title: Vote
        copydesk:
          disable: [readabilty]
        ---

        The council met.

        <!-- copydesk-disabel spelling -->

        The vote was close.

        <!-- copydesk-disable-next-line speling.repeated_wrd -->
        The vote was final.

        <!-- copydesk-enable spelling.zzzz -->

        """
        XCTAssertEqual(try messages(text), [
            "3: Name a rule or family in place of 'readabilty' (did you mean 'readability'?); copydesk.disable switches nothing off by that name",
            "9: Correct the switch 'copydesk-disabel' (did you mean 'copydesk-disable'?); as written it switches nothing off",
            "13: Name a rule or family in place of 'speling.repeated_wrd' (did you mean 'spelling.repeated_word'?); "
                + "copydesk-disable-next-line switches nothing off by that name",
            "16: Name a rule or family in place of 'spelling.zzzz'; copydesk-enable switches nothing off by that name",
        ])
    }

    func testValidSwitchesAndOrdinaryCommentsAreQuiet() throws {
        let text = """
        <!-- copydesk-disable spelling readability.adverb -->
        The council met.
        <!-- copydesk-enable -->

        <!-- copydesk-disable-line accessibility --> The vote was close.

        <!-- TODO: check the figures with the clerk -->

        <!-- copydesk is the desk's checker -->

        """
        XCTAssertEqual(try messages(text), [])
    }
}
