import CopydeskCore
import XCTest
@testable import CopydeskRules

/// Issue 13, third session: clause, document and existing-note rules found by reading the misses of `heldout2/`
/// (development data since). Each rule is tested with sentences written here, beside the case that must still trigger.
final class ContentWarningDocumentRuleTests: XCTestCase {
    private func report(_ body: String, section: String? = nil, title: String = "Headline") -> ContentWarningReport {
        CWTestSupport.report(body: body, section: section, title: title)
    }

    private func ids(_ body: String, section: String? = nil, title: String = "Headline") -> [String] {
        report(body, section: section, title: title).categories.map(\.id)
    }

    func testASubjectPronounAfterAConjunctionIsTheOneAttacked() {
        let attack = report("A barman was left with a fractured skull after he was attacked with a glass, police said.")
        XCTAssertEqual(attack.categories.map(\.id), ["violence_gore"])
        XCTAssertEqual(attack.categories.first?.level, .graphic)
        XCTAssertEqual(ids("The motion was defeated after it was attacked by the opposition, the clerk said."), [])
    }

    func testAnIntransitiveVerbIsAboutItsSubject() {
        XCTAssertEqual(ids("Two men in his cell block died after interrogations, the inquiry heard."), ["death_grief"])
        XCTAssertEqual(ids("The proposal in the committee died after a short debate, the clerk said."), [])
    }

    func testAWordThatOnlyNamesTheWarDoesNotPlaceTheNote() {
        let body = """
            Refugees who lived through the war between government forces and rebels now run a bakery in Leeds.

            The bakery opened in May and sells bread to three cafes in the city centre.

            Its owners say the recipes came from their grandmothers.

            ## Held in the basement

            Guards beat him with rifle butts until his ribs were broken, and he was given electric shocks, he said.
            """
        let placed = report(body)
        XCTAssertEqual(placed.categories.map(\.id), ["war_torture"])
        XCTAssertEqual(placed.suggestion.position, .beforePassage)
        XCTAssertTrue(placed.suggestion.placement.contains("Held in the basement"), placed.suggestion.placement)
        // Harm in the lede still places it at the top.
        let harm = report("Guards beat prisoners with rifle butts during the war, the inquiry heard.\n\nThe inquiry sits again in May.")
        XCTAssertEqual(harm.suggestion.position, .top)
    }

    func testGriefDescribedAtLengthKeepsDeathBesideTheViolence() {
        let killing = "A man was stabbed to death outside a bar in Hale on Friday, police said."
        let grief = """
            \(killing)

            Hundreds of mourners followed his coffin to the cemetery, and his widow said the family were grieving together.

            Friends held a vigil at the bar, where his mother said she would miss him every day.
            """
        XCTAssertEqual(Set(ids(grief)), ["violence_gore", "death_grief"])
        // One funeral line is part of the killing's story.
        XCTAssertEqual(ids(killing + "\n\nHis funeral will be held next week."), ["violence_gore"])
    }

    func testAnOverdoseInASelfHarmStoryIsSelfHarm() {
        let story = "She began cutting her arms in her first term, she said. Months later she took an overdose and spent two nights in hospital."
        XCTAssertEqual(ids(story), ["suicide_self_harm"])
        // A named drug keeps the substance story.
        XCTAssertEqual(Set(ids(story + " She had been dependent on heroin for a year, and went on a detox ward.")),
                       ["suicide_self_harm", "substance_abuse"])
    }

    func testAFigureIsNotAnEventDescribed() {
        XCTAssertEqual(ids("Assaults on staff had risen by 40% in two years, the inspectors found."), [])
        XCTAssertEqual(ids("Two officers were assaulted by a prisoner on Tuesday, the inspectors found."), ["violence_gore"])
    }

    func testAnAdjectiveIsJudgedByItsNoun() {
        XCTAssertEqual(ids("A rival described the opposition's plan as suicidal tactics that would bankrupt the council."), [])
        XCTAssertEqual(ids("A student who had suicidal thoughts waited ten weeks for counselling, the review found."),
                       ["suicide_self_harm"])
        XCTAssertEqual(ids("She told the review she had been suicidal for months before anyone called her back."),
                       ["suicide_self_harm"])
    }

    func testABodyIsADeathOnlyBesideADeathCue() {
        XCTAssertEqual(ids("After treatment she slowly learned to trust her own body again, and a colleague's body was never mentioned."), [])
        XCTAssertEqual(ids("A man's body was found in the river on Tuesday morning, police said."), ["death_grief"])
    }

    func testASelfDescribingNoteInPlaceIsAWarning() {
        let body = """
            *The following article discusses death and bereavement.*

            A hospice nurse sat with a retired driver who died at 4am while his daughter held his hand.

            His daughter said grief had come in waves since the funeral, and the bereavement team had called every week.
            """
        let noted = report(body)
        XCTAssertTrue(noted.existing.present)
        XCTAssertEqual(noted.existing.categories, ["death_grief"])
        XCTAssertEqual(noted.existing.problems, [])
        // A self-describing lede that names nothing sensitive is not a note.
        XCTAssertFalse(report("The following report describes the new bus timetable for the city's northern routes.").existing.present)
    }

    func testInjuriesFarFromThePassageDescribeTheArticlesSubject() {
        let body = """
            A man has admitted assaulting a doorman with a bottle outside a nightclub, a court heard.

            The court heard that the group had been refused entry earlier in the evening.

            The club's manager said staff had been calm and polite throughout.

            A paramedic described a ragged cut across the side of his neck that had exposed muscle, and the pavement was covered in blood.
            """
        let attack = report(body)
        XCTAssertEqual(attack.categories.map(\.id), ["violence_gore"])
        XCTAssertEqual(attack.categories.first?.level, .graphic)
        // With no sensitive subject in the article the same paragraph starts nothing.
        XCTAssertEqual(ids("A vet described a ragged cut across the side of the fence post that had exposed the wire, and the yard was covered in blood from the butcher's van."), [])
    }

    func testNeglectIsDescribedThroughTheChildsConditions() {
        XCTAssertEqual(ids("Police found the four children living in a flat with no working heating and little food, and the youngest child had an untreated burn."),
                       ["child_abuse"])
        XCTAssertEqual(ids("The hikers spent two nights with no working heating and little food after the storm closed the pass."), [])
    }

    func testEatingDisorderBehaviourWithoutTheIllnessNamed() {
        XCTAssertEqual(ids("At 14 she began skipping meals, weighing herself every morning and running at night to burn off what she had eaten."),
                       ["eating_disorders"])
        XCTAssertEqual(ids("He skipped lunch to finish the report before the board met."), [])
    }

    func testAQuantifierIsNotAPreposition() {
        XCTAssertEqual(ids("At least 12 people have died in wildfires in the hills above the town, officials said."), ["death_grief"])
        XCTAssertEqual(ids("At least 12 cottages in the valley have died a slow commercial death, the agent said."), [])
    }

    func testMedicalWordsNeedADescribedProcedure() {
        let jab = """
            Pharmacies have begun offering free flu vaccinations to people over 65.

            A pharmacist cleans the skin on the upper arm and gives the injection with a fine needle into the muscle, and some people notice soreness at the injection site.
            """
        XCTAssertEqual(ids(jab, section: "Health"), [])
        let theatre = """
            Pharmacies have begun offering free flu vaccinations to people over 65.

            In theatre the surgeon made an incision along the breastbone, and a retractor held the ribs apart while the team worked under general anaesthetic.
            """
        XCTAssertEqual(ids(theatre, section: "Health"), ["medical_procedures"])
    }

    func testANoteThatSaysWhatTheArticleDiscussesIsAWarning() {
        let noted = report("Note: this article discusses suicide.\n\nA student took her own life days after her results, an inquest heard.")
        XCTAssertTrue(noted.existing.present)
        XCTAssertEqual(noted.existing.problems, [])
    }

    func testANominalNegationHoldsOnlyForAFewWords() {
        XCTAssertEqual(ids("A couple who kept the men in a caravan without heating have been jailed under the Modern Slavery Act."),
                       ["human_trafficking"])
        XCTAssertEqual(ids("Police said the crew were rescued without serious injuries after the crash."), [])
        XCTAssertEqual(ids("The fall was not fatal, the coroner said."), [])
    }

    func testAReviewThatSaysWhatItContainsIsANote() {
        let body = """
            The memoir opens on an ordinary Tuesday with a school run.

            ## The search

            Police found his son's body in a river three miles away, and the funeral and the family's grief fill the middle of the book.

            *This review contains references to death and bereavement.*

            ## A hard book

            It is not an easy read.
            """
        let late = report(body, section: "Books")
        XCTAssertTrue(late.existing.present)
        XCTAssertEqual(late.existing.problems, [.afterSensitivePassage])
    }
}
