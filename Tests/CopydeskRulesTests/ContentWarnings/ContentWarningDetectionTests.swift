import CopydeskCore
import XCTest
@testable import CopydeskRules

/// The detection rules of issue 4, one behaviour per test.
final class ContentWarningDetectionTests: XCTestCase {
    private func ids(_ body: String) -> [String] {
        CWTestSupport.report("# Headline\n\n" + body + "\n").categories.map(\.id)
    }

    func testFigurativeAndIdiomaticUsesDoNotTrigger() {
        let phrases = [
            "The killer app for the new phone is its camera.",
            "Killer T cells attack the tumour.",
            "The film was shot on location in Wales.",
            "The team will execute a plan to win back customers.",
            "Beat the eggs with the sugar.",
            "The market crashed and the firm was bleeding money.",
            "United slaughtered the opposition in a famous giant-killing.",
            "Try the death by chocolate cake.",
        ]
        for phrase in phrases { XCTAssertEqual(ids(phrase), [], phrase) }
    }

    func testLiteralUsesOfTheSameWordsTrigger() {
        // A killing's death is part of the violence (the guideline in docs/content-warnings.md).
        XCTAssertEqual(ids("A man was shot dead outside his home."), ["violence_gore"])
        XCTAssertEqual(ids("A man died in hospital after a fall at home, his family said."), ["death_grief"])
        XCTAssertEqual(ids("Two men beat him with a bat until he collapsed."), ["violence_gore"])
    }

    func testNegationDoesNotTrigger() {
        XCTAssertEqual(ids("A fire broke out at the school. No one was injured and nobody was killed."), [])
        XCTAssertEqual(ids("Three people were injured and a man was killed when the fire spread."), ["violence_gore"])
        // "non-fatal" negates the death, not the stabbing.
        XCTAssertEqual(ids("Two people suffered non-fatal stab wounds, police said."), ["violence_gore"])
        XCTAssertEqual(ids("Doctors said his heart attack was not fatal and he went home on Friday."), [])
    }

    func testWhoIsAffectedMatters() {
        XCTAssertEqual(ids("The minister said the plan was killed in committee."), [])
        XCTAssertEqual(ids("The shopkeeper was killed in the raid."), ["violence_gore"])
        XCTAssertEqual(ids("The MP said her bill was killed in committee."), [])
        XCTAssertEqual(ids("The council killed the budget on Tuesday, she said."), [])
        XCTAssertEqual(ids("Rovers beat the champions 3-1 on Saturday."), [])
    }

    func testChildrenEscalateToChildAbuse() {
        XCTAssertEqual(Set(ids("Traffickers targeted girls as young as 9 for the sex trade.")), ["human_trafficking", "child_abuse"])
        XCTAssertEqual(Set(ids("He sexually abused a 12-year-old girl.")), ["sexual_violence", "child_abuse"])
        XCTAssertEqual(Set(ids("He sexually abused a 34-year-old woman.")), ["sexual_violence"])
        let evidence = CWTestSupport.report("# H\n\nTraffickers targeted girls as young as 9.\n")
            .categories.first { $0.id == "child_abuse" }?.passages.first?.evidence ?? []
        XCTAssertTrue(evidence.contains { $0.contains("girls as young as 9") }, "\(evidence)")
    }

    func testLevelsMentionDescriptionGraphic() {
        let mention = CWTestSupport.report("# H\n\nHe was later jailed for rape.\n")
        XCTAssertEqual(mention.categories.first?.level, .mention)
        let description = CWTestSupport.report("# H\n\nHe raped her and sexually assaulted her sister.\n")
        XCTAssertEqual(description.categories.first?.level, .description)
        let graphic = CWTestSupport.report("# H\n\nShe was raped and left with torn genitals, her clothes blood-stained.\n")
        XCTAssertEqual(graphic.categories.first?.level, .graphic)
        XCTAssertEqual(graphic.categories.first?.passages.first?.graphic, true)
        XCTAssertTrue(graphic.suggestion.html.hasPrefix("<details"))
    }

    func testConsecutiveParagraphsFormOnePassage() {
        let report = CWTestSupport.report("""
            # H

            He raped a woman in 2019.

            He raped another woman in 2020.

            The council approved new bins.

            He was also accused of rape in 2021.
            """)
        let passages = report.categories.first { $0.id == "sexual_violence" }?.passages ?? []
        XCTAssertEqual(passages.map(\.startLine), [3, 9])
        XCTAssertEqual(passages.map(\.endLine), [5, 9])
    }

    func testPlacementTopOrBeforeThePassage() {
        let early = CWTestSupport.report("# H\n\nA man was stabbed to death.\n\nThe council met.\n\nBins were approved.\n")
        XCTAssertEqual(early.suggestion.position, .top)
        XCTAssertEqual(early.suggestion.insertBeforeLine, 3)
        let late = CWTestSupport.report("# H\n\nThe council met.\n\nBins were approved.\n\nParking was discussed.\n\nA man was stabbed to death nearby.\n")
        XCTAssertEqual(late.suggestion.position, .beforePassage)
        XCTAssertEqual(late.suggestion.insertBeforeLine, 9)
    }

    func testWordingNamesCategoriesAndLevel() {
        let report = CWTestSupport.report("""
            # H

            Traffickers sold girls as young as 9 to brothels, where they were raped and sexually abused.
            """)
        XCTAssertEqual(report.suggestion.text,
                       "This article contains descriptions of sexual violence, including against children, and of human trafficking.")
        XCTAssertFalse(report.suggestion.text.contains("upsetting"))
    }

    func testExistingWarningsAreRead() {
        let frontMatter = CWTestSupport.report("""
            ---
            title: "Jailed"
            content_warnings: [rape, violence]
            ---

            He raped a woman and stabbed her friend.
            """)
        XCTAssertEqual(frontMatter.existing.present, true)
        XCTAssertEqual(frontMatter.existing.line, 3)
        XCTAssertEqual(frontMatter.existing.categories, ["sexual_violence", "violence_gore"])
        XCTAssertEqual(frontMatter.existing.problems, [])
        XCTAssertFalse(frontMatter.suggestion.needed)

        let editorsNote = CWTestSupport.report("""
            # H

            Editor's note: this article contains descriptions of rape.

            He raped a woman and stabbed her friend.
            """)
        XCTAssertEqual(editorsNote.existing.problems, [.missingCategories])
        XCTAssertTrue(editorsNote.suggestion.needed)
    }

    func testInlineNoteIsNotItselfSensitiveContent() {
        let report = CWTestSupport.report("# H\n\nCW: rape, murder\n\nThe council met.\n")
        XCTAssertEqual(report.categories.map(\.id), [])
        XCTAssertTrue(report.existing.present)
    }
}
