import CopydeskCore
@testable import CopydeskHTMLReport
import XCTest

final class NamingAndVerdictTests: XCTestCase {
    func testPageNamesAreSafeAndUnique() {
        XCTAssertEqual(FileNaming.pageNames(for: [
            "Examples/harbour-bridge-vote.md", "other/harbour-bridge-vote.html", "../../etc/passwd",
            "index.md", "News Story (final).MD", ".hidden", "-", "über/ÄÖ.txt",
        ]), [
            "harbour-bridge-vote.html", "harbour-bridge-vote-2.html", "passwd.html", "index-2.html",
            "news-story-final.html", "hidden.html", "article.html", "article-2.html",
        ])
    }

    private func finding(_ severity: Severity, _ rule: String = "spelling.misspelling") -> Finding {
        Finding(rule: rule, severity: severity, start: 0, end: 1, line: 1, column: 1, endLine: 1, endColumn: 2,
                match: "x", message: "Check 'x'")
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
        XCTAssertEqual(Verdict.of(result([finding(.suggestion)], grade: 8), failLevel: .error, targetGrade: 9).id, "ready")
        XCTAssertEqual(Verdict.of(result([finding(.warning)]), failLevel: .error, targetGrade: 9).id, "needs-work")
        XCTAssertEqual(Verdict.of(result([], grade: 9.5), failLevel: .error, targetGrade: 9).id, "needs-work")
        XCTAssertEqual(Verdict.of(result([finding(.error)]), failLevel: .error, targetGrade: 9).id, "blocked")
        XCTAssertEqual(Verdict.of(result([finding(.warning)]), failLevel: .warning, targetGrade: 9).id, "blocked",
                       "a lower fail level blocks on warnings")
        var failed = result([])
        failed.error = "cannot read the file"
        XCTAssertEqual(Verdict.of(failed, failLevel: .error, targetGrade: 9).id, "blocked")
    }

    func testVerdictGivesItsReasons() {
        let verdict = Verdict.of(result([finding(.error), finding(.error), finding(.error), finding(.warning, "spelling.repeated_word")], grade: 12),
                                 failLevel: .error, targetGrade: 9)
        XCTAssertEqual(verdict.reasons, [
            "3 × spelling.misspelling (error): Check 'x'; Check 'x'; …",
            "Consensus grade 12.0 is above the target of 9.0",
            "1 × spelling.repeated_word (warning): Check 'x'",
        ])
    }

    func testFormatIsLocaleFree() {
        XCTAssertEqual(Format.one(12.55), "12.6")
        XCTAssertEqual(Format.one(9), "9.0")
        XCTAssertEqual(Format.two(70.449), "70.45")
        XCTAssertEqual(Format.two(0.05), "0.05")
        XCTAssertEqual(Format.duration(56.4), "56 s")
        XCTAssertEqual(Format.duration(190), "3 min 10 s")
    }

    func testEveryRuleFamilyHasAKind() {
        XCTAssertEqual(FindingKind.of(rule: "spelling.misspelling").id, "spelling")
        XCTAssertEqual(FindingKind.of(rule: "spelling.unknown_name").id, "name")
        XCTAssertEqual(FindingKind.of(rule: "readability.very_hard_sentence").id, "veryhard")
        XCTAssertEqual(FindingKind.of(rule: "content_warning.vague").id, "sensitive")
        XCTAssertEqual(FindingKind.of(rule: "accessibility.alt_text").id, "access")
        XCTAssertEqual(FindingKind.of(rule: "new_family.rule").id, "other")
        XCTAssertEqual(Set(FindingKind.all.map(\.label)).count, FindingKind.all.count, "labels tell kinds apart")
    }
}
