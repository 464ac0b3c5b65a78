@testable import CopydeskReporters
import XCTest

final class ReportPathTests: XCTestCase {
    private func context(base: String?, cwd: String?) -> ReportContext {
        ReportContext(toolVersion: "0", baseDirectory: base, workingDirectory: cwd)
    }

    func testRelativePathIsResolvedAgainstTheWorkingDirectory() {
        let ctx = context(base: "/repo", cwd: "/repo/news")
        XCTAssertEqual(ReportPath.relative("a.md", context: ctx), "news/a.md")
        XCTAssertEqual(ReportPath.relative("./sub/../b.md", context: ctx), "news/b.md")
        XCTAssertEqual(ReportPath.relative("../top.md", context: ctx), "top.md")
    }

    func testAbsolutePathsInsideAndOutsideTheBase() {
        let ctx = context(base: "/repo/", cwd: "/")
        XCTAssertEqual(ReportPath.relative("/repo/x/y.md", context: ctx), "x/y.md")
        XCTAssertNil(ReportPath.relative("/repository/y.md", context: ctx))
        XCTAssertNil(ReportPath.relative("/other/y.md", context: ctx))
        XCTAssertNil(ReportPath.relative("/repo", context: ctx))
    }

    func testWithoutBaseNothingIsRelative() {
        XCTAssertNil(ReportPath.relative("a.md", context: context(base: nil, cwd: "/x")))
        XCTAssertEqual(ReportPath.display("a.md", context: context(base: nil, cwd: "/x")), "a.md")
    }

    func testWithoutWorkingDirectoryRelativePathsAreTakenAsBaseRelative() {
        let ctx = context(base: "/repo", cwd: nil)
        XCTAssertEqual(ReportPath.relative("./a/b.md", context: ctx), "a/b.md")
        XCTAssertNil(ReportPath.relative("../b.md", context: ctx))
    }

    func testPercentEncodingFollowsRFC3986() {
        XCTAssertEqual(ReportPath.percentEncoded("news/café story.md"), "news/caf%C3%A9%20story.md")
        XCTAssertEqual(ReportPath.percentEncoded("a:b/100%#?[x].md"), "a%3Ab/100%25%23%3F%5Bx%5D.md")
        XCTAssertEqual(ReportPath.percentEncoded("keep-._~!$&'()*+,;=@"), "keep-._~!$&'()*+,;=@")
        XCTAssertEqual(ReportPath.percentEncoded("\"q\"\\"), "%22q%22%5C")
        XCTAssertEqual(ReportPath.fileURI("/tmp/a b.md"), "file:///tmp/a%20b.md")
    }
}
