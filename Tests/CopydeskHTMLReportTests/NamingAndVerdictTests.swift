import CopydeskCore
@testable import CopydeskHTMLReport
import CopydeskRules
import XCTest

final class NamingAndVerdictTests: XCTestCase {
    /// The groups every front end passes: read from the rules' descriptions.
    private let groups = RuleRegistry.reportGroups

    func testPagePathsMirrorTheInputFoldersSafely() {
        XCTAssertEqual(FileNaming.pagePaths(for: [
            "Examples/readability/dense.md", "other/harbour-bridge-vote.html", "../../etc/passwd", "index.md", "index-2.md",
            "News Story (final).MD", ".hidden", "-", "über/ÄÖ.txt", "./a//b.md",
        ]), [
            "Examples/readability/dense.html", "other/harbour-bridge-vote.html", "up/up/etc/passwd.html", "index-article.html",
            "index-2-article.html", "News-Story-final.html", "hidden.html", "stdin.html", "ber/article.html", "a/b.html",
        ])
    }

    func testPagePathsOfClashingFilesKeepTheirExtensionWhateverTheOrder() {
        let a = FileNaming.pagePaths(for: ["news/story.md", "news/story.txt", "news/other.md"])
        let b = FileNaming.pagePaths(for: ["news/other.md", "news/story.txt", "news/story.md"])
        XCTAssertEqual(a, ["news/story-md.html", "news/story-txt.html", "news/other.html"])
        XCTAssertEqual(b, ["news/other.html", "news/story-txt.html", "news/story-md.html"], "a page's name does not depend on input order")
    }

    func testAbsolutePathsUnderTheWorkingDirectoryAreMirroredFromIt() {
        XCTAssertEqual(FileNaming.pagePaths(for: ["/work/site/news/a.md", "/elsewhere/b.md"], workingDirectory: "/work/site"),
                       ["news/a.html", "elsewhere/b.html"])
        XCTAssertEqual(FileNaming.link(from: "news/2026/a.html", toTop: "index.html"), "../../index.html")
        XCTAssertEqual(FileNaming.link(from: "a.html", toTop: "index.html"), "index.html")
    }

    private func finding(_ severity: Severity, _ rule: String = "spelling.misspelling", line: Int = 1, message: String = "Check 'x'") -> Finding {
        Finding(rule: rule, severity: severity, start: 0, end: 1, line: line, column: 1, endLine: line, endColumn: 2,
                match: "x", message: message)
    }

    private func result(_ findings: [Finding], grade: Double? = nil) -> FileResult {
        var result = FileResult(path: "a.md", language: "en_GB", syntax: .markdown, findings: findings)
        if let grade {
            var scores = ReadabilityScores()
            scores.consensusGrade = grade
            result.readability = ReadabilityReport(counts: ReadabilityCounts(), scores: scores, readingTimeSeconds: 1,
                                                   sections: [], paragraphs: [])
        }
        return result
    }

    func testVerdictFollowsThePublishPolicy() {
        XCTAssertEqual(Verdict.of(result([finding(.suggestion)], grade: 8), failLevel: .error, targetGrade: 9, groups: groups).id, "ready")
        XCTAssertEqual(Verdict.of(result([finding(.warning)]), failLevel: .error, targetGrade: 9, groups: groups).id, "needs-work")
        XCTAssertEqual(Verdict.of(result([], grade: 9.5), failLevel: .error, targetGrade: 9, groups: groups).id, "needs-work")
        XCTAssertEqual(Verdict.of(result([finding(.error)]), failLevel: .error, targetGrade: 9, groups: groups).id, "blocked")
        XCTAssertEqual(Verdict.of(result([finding(.warning)]), failLevel: .warning, targetGrade: 9, groups: groups).id, "blocked",
                       "a lower fail level blocks on warnings")
        var failed = result([])
        failed.error = "cannot read the file"
        let verdict = Verdict.of(failed, failLevel: .error, targetGrade: 9, groups: groups)
        XCTAssertEqual(verdict.id, "blocked")
        XCTAssertEqual(verdict.sentence, "Blocked: the file could not be checked")
    }

    func testVerdictSaysInWordsWhatBlocksAndWhatIsWorthImproving() {
        let verdict = Verdict.of(result([finding(.error, line: 4), finding(.error, line: 7), finding(.warning, "spelling.repeated_word"),
                                         finding(.suggestion, "readability.adverb"), finding(.suggestion, "readability.adverb")], grade: 12.5),
                                 failLevel: .error, targetGrade: 9, groups: groups, place: { Place(label: "paragraph \($0 / 2)", anchor: "L\($0)") })
        XCTAssertEqual(verdict.sentence, "Blocked: 2 things must change before publishing")
        XCTAssertEqual(verdict.reason, "2 misspellings")
        XCTAssertEqual(verdict.blocking.map(\.text), ["Check 'x'", "Check 'x'"])
        XCTAssertEqual(verdict.blocking.map { $0.place.first?.label }, ["paragraph 2", "paragraph 3"])
        XCTAssertEqual(verdict.blocking[0].action, ["Correct it, or add the word to the publication's word list if it is right"])
        XCTAssertEqual(verdict.improving.map(\.text), [
            "1 repeated word (warning)", "Reading grade 12.5: 3.5 grades over the target of 9.0", "2 adverbs (suggestions)",
        ])
    }

    func testAContentWarningBlocksWithTheWordingToPasteAndWhere() {
        var r = result([finding(.error, "content_warning.missing", message: "Add a content warning")])
        r.contentWarnings = ContentWarningReport(
            categories: [], suggestion: .init(needed: true, position: .beforePassage, insertBeforeLine: 9, text: "About a fire.",
                                              markdown: "> **Content note:** About a fire.", html: ""),
            existing: .init(present: false, line: nil, categories: [], problems: []))
        let verdict = Verdict.of(r, failLevel: .error, targetGrade: 9, groups: groups, place: { $0 == 9 ? Place(label: "paragraph 2", anchor: "L9") : Place.line($0) })
        XCTAssertEqual(verdict.sentence, "Blocked: 1 thing must change before publishing")
        XCTAssertEqual(verdict.reason, "add a content warning")
        XCTAssertEqual(verdict.blocking[0].action, ["Paste this before paragraph 2:"])
        r.contentWarnings!.suggestion.placement = "before the heading \"Fire\" (paragraph 2)"
        XCTAssertEqual(Verdict.of(r, failLevel: .error, targetGrade: 9, groups: groups).blocking[0].action, ["Paste this before the heading \"Fire\" (paragraph 2):"],
                       "the content-warning analysis's own placement, when it gives one")
        XCTAssertEqual(verdict.blocking[0].paste, ["> **Content note:** About a fire."])
    }

    func testAFixableFindingOffersTheFixCommand() {
        var f = finding(.error, "spelling.repeated_word")
        f.fix = Fix(start: 0, end: 4, replacement: "the")
        let verdict = Verdict.of(result([f]), failLevel: .error, targetGrade: 9, groups: groups, fixCommand: "copydesk lint --fix 'a b.md'")
        XCTAssertEqual(verdict.blocking[0].command, ["copydesk lint --fix 'a b.md'"])
        XCTAssertEqual(ArticlePageBuilder.shellQuoted("news/a b's.md"), "'news/a b'\\''s.md'")
        XCTAssertEqual(ArticlePageBuilder.shellQuoted("news/a.md"), "news/a.md")
    }

    func testFormatIsLocaleFree() {
        XCTAssertEqual(Format.one(12.55), "12.6")
        XCTAssertEqual(Format.one(9), "9.0")
        XCTAssertEqual(Format.two(70.449), "70.45")
        XCTAssertEqual(Format.two(0.05), "0.05")
        XCTAssertEqual(Format.duration(56.4), "56 s")
        XCTAssertEqual(Format.duration(190), "3 min 10 s")
        XCTAssertEqual(Format.grades(3.5), "3.5 grades")
        XCTAssertEqual(Format.grades(1), "1.0 grade")
    }

    func testEachKindCountsOneThingAnEditorDoes() {
        XCTAssertEqual(groups.of(rule: "spelling.misspelling").id, "spelling")
        XCTAssertEqual(groups.of(rule: "spelling.repeated_word").id, "repeat")
        XCTAssertEqual(groups.of(rule: "spelling.unknown_name").id, "name")
        XCTAssertEqual(groups.of(rule: "readability.hard_sentence").id, "hard")
        XCTAssertEqual(groups.of(rule: "readability.long_sentence").id, "long", "long sentences are not counted as hard")
        XCTAssertEqual(groups.of(rule: "readability.long_paragraph").id, "paragraph")
        XCTAssertEqual(groups.of(rule: "readability.adverb").id, "adverb", "adverbs are not plain-language swaps")
        XCTAssertEqual(groups.of(rule: "readability.very_hard_sentence").id, "veryhard")
        XCTAssertEqual(groups.of(rule: "content_warning.vague").id, "sensitive")
        XCTAssertEqual(groups.of(rule: "accessibility.image_alt_missing").id, "access")
        XCTAssertEqual(groups.of(rule: "new_family.rule").id, "other")
        XCTAssertEqual(Set(groups.all.map(\.label)).count, groups.all.count, "labels tell kinds apart")
        XCTAssertEqual(groups.all.first { $0.id == "adverb" }!.count(2), "2 adverbs")
        XCTAssertEqual(groups.all.first { $0.id == "adverb" }!.count(1), "1 adverb")
    }

    func testGroupsComeFromTheRulesDescriptions() {
        for rule in RuleRegistry.all {
            let description = rule.description
            XCTAssertNotNil(description.group, "\(description.id) names its report group")
            XCTAssertEqual(groups.of(rule: description.id), description.group, description.id)
        }
        XCTAssertEqual(groups.all.map(\.rank), groups.all.map(\.rank).sorted(), "groups are shown in rank order")
        XCTAssertEqual(groups.all.last, .other, "other is last")
        let added = ReportGroup(id: "tone", name: "Tone", plural: "tone notes", label: "TN", rank: 5)
        let rule = RuleDescription(id: "tone.shouting", name: "Shouting", description: "d", rationale: "r", severity: .warning,
                                   triggeringExamples: [], nonTriggeringExamples: [], group: added)
        let more = ReportGroups(RuleRegistry.all.map { $0.description } + [rule])
        XCTAssertEqual(more.of(rule: "tone.shouting"), added, "a new rule's group needs no change to the report")
        XCTAssertEqual(more.all.map(\.id).prefix(3), ["spelling", "tone", "repeat"])
        XCTAssertTrue(Stylesheet.css(more).contains("#show-tone:not(:checked)"), "its marks can be hidden")
        XCTAssertEqual(ReportGroups([]).all, [.other])
    }
}
