import CopydeskCore
@testable import CopydeskGit
import Foundation
import XCTest

final class GitRepositoryTests: XCTestCase {
    func testDiscoverFindsTheTopFolderFromASubfolder() throws {
        let repo = try TemporaryGitRepository()
        try repo.write("news/2026/a.md", "x\n")
        let found = try GitRepository.discover(from: repo.path("news/2026"))
        XCTAssertEqual(URL(fileURLWithPath: found.root).resolvingSymlinksInPath().path,
                       URL(fileURLWithPath: repo.root).resolvingSymlinksInPath().path)
        XCTAssertEqual(found.relativePath("a.md", from: repo.path("news/2026")), "news/2026/a.md")
        XCTAssertEqual(found.relativePath("../../b c.md", from: repo.path("news/2026")), "b c.md")
        XCTAssertNil(found.relativePath("/etc/hosts", from: repo.root))
    }

    func testDiscoverOutsideARepositoryFails() throws {
        TemporaryGitRepository.isolateGitConfig()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-nogit-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        XCTAssertThrowsError(try GitRepository.discover(from: dir)) { error in
            XCTAssertEqual(error as? GitError, .notARepository(dir))
        }
    }

    func testHooksDirectoryHonoursCoreHooksPath() throws {
        let repo = try TemporaryGitRepository()
        XCTAssertEqual(try repo.repository.hooksDirectory(), repo.root + "/.git/hooks")
        try repo.git("config", "core.hooksPath", ".githooks")
        XCTAssertEqual(try repo.repository.hooksDirectory(), repo.root + "/.githooks")
        try repo.git("config", "core.hooksPath", "/tmp/copydesk-absolute-hooks")
        XCTAssertEqual(try repo.repository.hooksDirectory(), "/tmp/copydesk-absolute-hooks")
    }

    func testStagedPathsKeepSpacesAndAccentsAndSkipDeletionsAndLinks() throws {
        let repo = try TemporaryGitRepository()
        try repo.write("old.md", "old\n")
        try repo.write("gone.md", "gone\n")
        try repo.write("tracked.md", "one\n")
        try repo.git("add", ".")
        try repo.git("commit", "-q", "-m", "base")
        try repo.write("news/café story.md", "new\n")
        try repo.write("a b.txt", "new\n")
        try repo.write("tracked.md", "two\n")
        try repo.write("unstaged.md", "not staged\n")
        try repo.git("mv", "old.md", "renamed.md")
        try repo.git("rm", "-q", "gone.md")
        try FileManager.default.createSymbolicLink(atPath: repo.path("link.md"), withDestinationPath: "tracked.md")
        try repo.git("add", "news/café story.md", "a b.txt", "tracked.md", "link.md")
        XCTAssertEqual(try repo.repository.stagedPaths(), ["a b.txt", "news/café story.md", "renamed.md", "tracked.md"])
    }

    func testStagedPathsWorkBeforeTheFirstCommitAndWhenNothingIsStaged() throws {
        let repo = try TemporaryGitRepository()
        XCTAssertEqual(try repo.repository.stagedPaths(), [])
        try repo.write("first.md", "x\n")
        try repo.git("add", "first.md")
        XCTAssertEqual(try repo.repository.stagedPaths(), ["first.md"])
    }

    func testStagedContentIsTheIndexNotTheWorkingCopy() throws {
        let repo = try TemporaryGitRepository()
        try repo.write("ünï côdé/1:odd name.md", "staged text\n")
        try repo.git("add", ".")
        try repo.write("ünï côdé/1:odd name.md", "working text\n")
        let staged = StagedFiles(repository: repo.repository)
        XCTAssertEqual(try staged.articlePaths(extensions: ["md"]), ["ünï côdé/1:odd name.md"])
        XCTAssertEqual(String(decoding: try staged.content(of: "ünï côdé/1:odd name.md"), as: UTF8.self), "staged text\n")
        XCTAssertEqual(try repo.read("ünï côdé/1:odd name.md"), "working text\n")
    }

    /// `git commit -a` and `git commit PATH` run hooks with a temporary index named by GIT_INDEX_FILE.
    func testTheIndexNamedByGitIndexFileIsRead() throws {
        let repo = try TemporaryGitRepository()
        try repo.write("a.md", "in the main index\n")
        try repo.git("add", "a.md")
        let other = repo.root + "/.git/other-index"
        try repo.write("a.md", "in the other index\n")
        XCTAssertEqual(try repo.run(["add", "a.md"], environment: ["GIT_INDEX_FILE": other]).status, 0)
        setenv("GIT_INDEX_FILE", other, 1)
        defer { unsetenv("GIT_INDEX_FILE") }
        XCTAssertEqual(String(decoding: try repo.repository.stagedContent(of: "a.md"), as: UTF8.self), "in the other index\n")
        unsetenv("GIT_INDEX_FILE")
        XCTAssertEqual(String(decoding: try repo.repository.stagedContent(of: "a.md"), as: UTF8.self), "in the main index\n")
    }

    func testBatchReadOfStagedContentsMatchesOneReadPerFile() throws {
        let repo = try TemporaryGitRepository()
        let big = String(repeating: "A long line of staged prose, again and again. ", count: 5000)
        let names = ["a b.md", "café/ü.md", "new\nline.md", "1:colon.md", "big.md", "q\"uote.md"]
        for name in names { try repo.write(name, name == "big.md" ? big : "staged \(name)\n") }
        try repo.git("add", ".")
        for name in names { try repo.write(name, "working copy\n") }
        let staged = StagedFiles(repository: repo.repository)
        let batch = try staged.contents(of: names)
        XCTAssertEqual(batch.count, names.count)
        for (name, data) in zip(names, batch) {
            XCTAssertEqual(data, try staged.content(of: name), name)
            XCTAssertEqual(String(decoding: data, as: UTF8.self), name == "big.md" ? big : "staged \(name)\n")
        }
        XCTAssertEqual(try staged.contents(of: []), [])
        XCTAssertThrowsError(try staged.contents(of: ["not staged.md"]))
    }

    func testArticlePathsFilterByExtensionCaseInsensitively() throws {
        let repo = try TemporaryGitRepository()
        for name in ["a.MD", "b.html", "c.png", ".md", "d.txt", "e.markdown", "noext"] { try repo.write(name, "x\n") }
        try repo.git("add", ".")
        let staged = StagedFiles(repository: repo.repository)
        XCTAssertEqual(try staged.articlePaths(extensions: ["md", ".html", "markdown"]), ["a.MD", "b.html", "e.markdown"])
        XCTAssertEqual(try staged.articlePaths(extensions: ["rst"]), [])
    }

    func testChangedLinesSinceTheMergeBase() throws {
        let repo = try TemporaryGitRepository()
        try repo.write("a.md", (1...10).map { "line \($0)\n" }.joined())
        try repo.git("add", ".")
        try repo.git("commit", "-q", "-m", "base")
        try repo.git("checkout", "-q", "-b", "feature")
        var lines = (1...10).map { "line \($0)" }
        lines[2] = "line 3 edited"
        lines.insert("inserted", at: 7)
        lines.remove(at: 9)
        try repo.write("a.md", lines.joined(separator: "\n") + "\n")
        try repo.git("commit", "-q", "-am", "edit")
        try repo.git("checkout", "-q", "main")
        try repo.write("other.md", "moves main on\n")
        try repo.git("add", "other.md")
        try repo.git("commit", "-q", "-m", "main moves")
        try repo.git("checkout", "-q", "feature")
        try repo.write("a.md", lines.joined(separator: "\n") + "\nappended in the working copy\n")
        try repo.write("new.md", "untracked\n")

        let git = repo.repository
        let base = try git.mergeBase(with: "main")
        XCTAssertEqual(base, try repo.git("rev-parse", "main~1").trimmingCharacters(in: .whitespacesAndNewlines))
        XCTAssertEqual(try git.changedLines(since: base, path: "a.md"), .ranges([3...3, 8...8, 11...11]))
        XCTAssertEqual(try git.changedLines(since: base, path: "new.md"), .all)
        XCTAssertThrowsError(try git.mergeBase(with: "no-such-branch")) { error in
            XCTAssertEqual(error as? GitError, .unknownRevision("no-such-branch"))
        }
    }
}

final class ChangedSinceTests: XCTestCase {
    func testFilterKeepsFindingsOnLinesChangedSinceTheBranchPoint() throws {
        let repo = try TemporaryGitRepository()
        try repo.write("news/old story.md", "one\ntwo\nthree\n")
        try repo.git("add", ".")
        try repo.git("commit", "-q", "-m", "base")
        try repo.git("checkout", "-q", "-b", "topic")
        try repo.write("news/old story.md", "one\ntwo edited\nthree\n")
        func finding(_ line: Int) -> Finding {
            Finding(rule: "r.x", severity: .error, start: 0, end: 1, line: line, column: 1, endLine: line,
                    endColumn: 2, match: "o", message: "Fix “o”")
        }
        let gate = try ChangedSince(ref: "main", workingDirectory: repo.path("news"))
        let result = FileResult(path: "old story.md", language: "en_US", syntax: .markdown,
                                findings: [finding(1), finding(2), finding(3)])
        XCTAssertEqual(try gate.filter(result).findings.map(\.line), [2])
        XCTAssertEqual(try gate.changedLines(of: "/etc/hosts"), .all)
        XCTAssertThrowsError(try ChangedSince(ref: "nope", workingDirectory: repo.root))
    }

    func testBatchAgreesWithOneCallPerFileOnAwkwardNames() throws {
        let repo = try TemporaryGitRepository()
        let names = ["a b.md", "café.md", "q\"uote.md", "back\\slash.md", "tab\tname.md", "same.md", "gone.md"]
        for name in names { try repo.write(name, "one\ntwo\nthree\n") }
        try repo.git("add", ".")
        try repo.git("commit", "-q", "-m", "base")
        for name in names.prefix(5) { try repo.write(name, "one\n2\nthree\nfour\n") }
        try FileManager.default.removeItem(atPath: repo.path("gone.md"))
        try repo.write("new.md", "new\n")
        let git = repo.repository
        let base = try repo.git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
        let paths = names + ["new.md"]
        let batch = try git.changedLines(since: base, paths: paths)
        for path in paths {
            XCTAssertEqual(batch[path], try git.changedLines(since: base, path: path), path)
        }
        XCTAssertEqual(batch["tab\tname.md"], .ranges([2...2, 4...4]))
        XCTAssertEqual(batch["same.md"], .ranges([]))
        XCTAssertEqual(batch["new.md"], .all)

        let gate = try ChangedSince(ref: "HEAD", workingDirectory: repo.root)
        func finding(_ line: Int) -> Finding {
            Finding(rule: "r.x", severity: .error, start: 0, end: 1, line: line, column: 1, endLine: line,
                    endColumn: 2, match: "o", message: "Fix “o”")
        }
        let results = ["café.md", "same.md", "new.md"].map {
            FileResult(path: $0, language: "en_US", syntax: .markdown, findings: [finding(1), finding(2)])
        }
        XCTAssertEqual(try gate.filter(results).map { $0.findings.map(\.line) }, [[2], [], [1, 2]])
    }
}
