import CopydeskCore
import XCTest
@testable import CopydeskRules

/// Issue 13, second session: the document and sentence context rules, one behaviour per test, each with the case
/// that must still trigger beside the one that must not.
final class ContentWarningContextTests: XCTestCase {
    private func report(_ body: String, section: String? = nil, title: String = "Headline") -> ContentWarningReport {
        CWTestSupport.report(body: body, section: section, title: title)
    }

    private func ids(_ body: String, section: String? = nil, title: String = "Headline") -> [String] {
        report(body, section: section, title: title).categories.map(\.id)
    }

    func testAnAccidentMakesAKillingADeathNotViolence() {
        XCTAssertEqual(ids("Three walkers were killed when their coach overturned on a bend near Hawes, the coroner heard."),
                       ["death_grief"])
        // The accident named in the headline decides for the whole story.
        XCTAssertEqual(ids("Three walkers were killed when their coach left the road near Hawes, the coroner heard.",
                           title: "Inquest opens into coach crash deaths"), ["death_grief"])
        // No accident: the same killing is violence.
        XCTAssertEqual(ids("Three walkers were killed when a man opened fire near Hawes, police said."), ["violence_gore"])
    }

    func testArmedConflictMakesWarWordsLiteralOnPlaces() {
        let war = """
            Artillery shells struck a crowded market in the frontline town on Saturday, officials said.

            Beryslav has been shelled almost daily since troops recaptured it.
            """
        XCTAssertEqual(ids(war, section: "World"), ["war_torture"])
        // Without a conflict, shelling a thing is figurative ("shelled the goalkeeper's near post").
        XCTAssertEqual(ids("United shelled the Rovers goal in the second half and the keeper kept them out.", section: "Sport"), [])
    }

    func testModifierProneWordsNeedLiteralHarmOnASoftDesk() {
        XCTAssertEqual(ids("The manager called for the suicide squeeze with the runner on third.", section: "Sport"), [])
        XCTAssertEqual(ids("The band have overdosed on nostalgia on their third album.", section: "Culture"), [])
        // Literal harm corroborated in the paragraph still counts on a soft desk.
        XCTAssertEqual(ids("The former pitcher died by suicide in March, an inquest heard.", section: "Sport"),
                       ["suicide_self_harm"])
    }

    func testAFigurativeProneMentionInsideASpecificStoryIsPartOfIt() {
        let trafficking = "Police said the trafficked women were forced to have sex with men. Those who refused were beaten."
        XCTAssertEqual(Set(ids(trafficking)), ["sexual_violence", "human_trafficking"])
        // An unambiguous killing is still violence.
        let killing = "Police said the trafficked women were forced to have sex with men. One was beaten to death."
        XCTAssertTrue(ids(killing).contains("violence_gore"))
    }

    func testAVagueNoteSetApartAtTheTopIsAWarning() {
        let vague = report("*This article may be upsetting to some readers.*\n\nA choirmaster was jailed for raping a boy.")
        XCTAssertTrue(vague.existing.present)
        XCTAssertEqual(vague.existing.problems.first, .vague)
        // A lede that happens to use the words is not a note.
        let lede = report("Footage of the flood, which some readers may find upsetting, was shared by the council on Tuesday as residents returned home.")
        XCTAssertFalse(lede.existing.present)
    }

    func testNeglectTermsNeedTheirVictimInTheSentence() {
        XCTAssertEqual(ids("A five-year-old boy was left alone for days at a time in a cold flat."), ["child_abuse"])
        XCTAssertEqual(ids("The office was left alone for days at a time over the holiday."), [])
        XCTAssertEqual(ids("Twelve horses had been left without adequate food or shelter for weeks."), ["animal_cruelty"])
        XCTAssertEqual(ids("The hikers had been left without adequate food or shelter after the storm cut the road."), [])
    }

    func testAMentionedSubstanceBesideTheStoryIsNotACategory() {
        let body = """
            A boy was left in a filthy flat for days while agencies failed to share concerns, a review has found.

            Police found him hungry and underweight.

            His mother, who had a history of alcohol dependence, was later jailed for child neglect.
            """
        XCTAssertEqual(ids(body), ["child_abuse"])
        XCTAssertTrue(ids("She died of an overdose of a drug sold online, an inquest heard.").contains("substance_abuse"))
    }

    func testSurgeryIsPlacedBeforeItsDescription() {
        let body = """
            The hospital marks twenty years since its first heart transplant this month.

            Its co-ordinators arrange flights and ambulances at a moment's notice.

            ## In theatre

            The surgeon draws a scalpel down the chest, and a colleague uses a saw to split the breastbone before a retractor cranks the ribs apart.
            """
        let placed = report(body, section: "Health")
        XCTAssertEqual(placed.categories.map(\.id), ["medical_procedures"])
        XCTAssertEqual(placed.suggestion.position, .beforePassage)
        XCTAssertTrue(placed.suggestion.placement.contains("before the heading \"In theatre\""), placed.suggestion.placement)
        XCTAssertTrue(placed.categories[0].passages.contains(where: \.graphic))
    }
}

/// The noun-class table is searched in its bytes: every generated line must be found with its class, corrections
/// must win, and a table that is not in byte order must still be searchable.
final class CWNounClassTableTests: XCTestCase {
    func testEveryGeneratedWordIsFoundWithItsClassAndCorrectionsWin() throws {
        let nouns = CWNounClasses.builtIn(CWTestSupport.resources)
        let table = CWTestSupport.resources.dataLines(CWLexicon.folder + "noun-classes.tsv")
        let corrected = Set(["persons.txt", "objects.txt", "noun-overrides.txt"].flatMap { file in
            CWTestSupport.resources.dataLines(CWLexicon.folder + file).map { String($0.split(separator: "\t")[0]).lowercased() }
        })
        XCTAssertGreaterThan(table.count, 20_000)
        var wrong: [String] = []
        for line in table {
            let f = line.split(separator: "\t").map(String.init)
            guard f.count == 2, !corrected.contains(f[0]) else { continue }
            if nouns.classify(f[0]) != CWNounClass(rawValue: f[1]) { wrong.append(line) }
        }
        XCTAssertEqual(wrong, [])
        XCTAssertEqual(nouns.classify("ribs"), .body, "noun-overrides.txt corrects WordNet's first sense")
        XCTAssertNil(nouns.classify("zzzznotaword"))
        XCTAssertNil(nouns.classify(""))
    }

    func testAnUnsortedTableIsStillSearched() {
        var nouns = CWNounClasses()
        nouns.load(table: Array("# comment\nzebra\tanimal\nbone\tbody\nnurse\tperson\nbroken line\n\nabbey\tthing\n".utf8))
        XCTAssertEqual(nouns.classify("zebra"), .animal)
        XCTAssertEqual(nouns.classify("bones"), .body)
        XCTAssertEqual(nouns.classify("nurses"), .person)
        XCTAssertEqual(nouns.classify("abbey"), .thing)
        XCTAssertNil(nouns.classify("broken"))
        XCTAssertNil(nouns.classify("comment"))
    }
}
