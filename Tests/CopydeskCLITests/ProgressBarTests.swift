@testable import CopydeskEngine
import Foundation
import XCTest

final class ProgressBarTests: XCTestCase {
    /// Collects what the bar writes and plays the clock.
    private final class Screen: @unchecked Sendable {
        var writes: [String] = []
        var now: TimeInterval = 0
    }

    private func bar(_ screen: Screen, total: Int, enabled: Bool = true) -> ProgressBar {
        ProgressBar(total: total, width: 10, interval: 0.1, enabled: enabled,
                    output: { screen.writes.append($0) }, clock: { screen.now })
    }

    func testDrawsThrottledAndAlwaysTheLastStep() {
        let screen = Screen()
        let progress = bar(screen, total: 100)
        progress.advance()
        for _ in 0..<48 { progress.advance() }
        XCTAssertEqual(screen.writes, ["\rChecking [----------]   1/100"])
        screen.now = 0.25
        progress.advance()
        XCTAssertEqual(screen.writes.last, "\rChecking [#####-----]  50/100")
        for _ in 0..<50 { progress.advance() }
        XCTAssertEqual(screen.writes.count, 3)
        XCTAssertEqual(screen.writes.last, "\rChecking [##########] 100/100")
        progress.finish()
        XCTAssertEqual(screen.writes.last, "\r\u{1B}[2K")
    }

    func testWritesNothingWhenNotATerminal() {
        let screen = Screen()
        let progress = bar(screen, total: 10, enabled: false)
        for _ in 0..<10 { progress.advance() }
        progress.finish()
        XCTAssertEqual(screen.writes, [])
    }

    func testUnderTestStandardErrorIsNotATerminalSoTheDefaultIsSilent() throws {
        guard !ProgressBar.standardErrorIsTerminal else { throw XCTSkip("standard error is a terminal here") }
        let screen = Screen()
        let progress = ProgressBar(total: 5, output: { screen.writes.append($0) })
        progress.advance(by: 5)
        progress.finish()
        XCTAssertEqual(screen.writes, [])
    }

    func testAdvancingIsSafeFromManyThreads() {
        let screen = Screen()
        let progress = bar(screen, total: 1000)
        DispatchQueue.concurrentPerform(iterations: 1000) { _ in progress.advance() }
        XCTAssertEqual(screen.writes.last, "\rChecking [##########] 1000/1000")
    }
}
