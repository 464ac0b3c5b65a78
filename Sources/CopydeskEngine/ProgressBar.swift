import Foundation

/// A one-line progress bar on standard error for long runs: `\r`-redrawn at most every `interval`
/// seconds, cleared by `finish()`. It writes nothing at all unless standard error is a terminal, so
/// piped or CI output stays clean. Safe to call from several worker threads.
public final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private let label: String
    private let width: Int
    private let interval: TimeInterval
    private let enabled: Bool
    private let output: @Sendable (String) -> Void
    private let clock: @Sendable () -> TimeInterval
    private let lock = NSLock()
    private var done = 0
    private var lastDraw: TimeInterval?
    private var drawn = false

    /// - Parameters:
    ///   - total: the number of steps (files) expected.
    ///   - enabled: defaults to whether standard error is a terminal (`isatty(2)`).
    ///   - output, clock: injectable for tests; default to standard error and the monotonic clock.
    public init(
        total: Int, label: String = "Checking", width: Int = 30, interval: TimeInterval = 0.1,
        enabled: Bool = ProgressBar.standardErrorIsTerminal,
        output: @escaping @Sendable (String) -> Void = ProgressBar.writeToStandardError,
        clock: @escaping @Sendable () -> TimeInterval = { ProcessInfo.processInfo.systemUptime }
    ) {
        self.total = max(total, 0)
        self.label = label
        self.width = max(width, 1)
        self.interval = interval
        self.enabled = enabled && total > 0
        self.output = output
        self.clock = clock
    }

    /// Whether file descriptor 2 is a terminal.
    public static var standardErrorIsTerminal: Bool { isatty(2) == 1 }

    /// Writes straight to file descriptor 2, unbuffered.
    public static let writeToStandardError: @Sendable (String) -> Void = { text in
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Counts `steps` more done and redraws when the last drawing is older than the interval (or when done).
    public func advance(by steps: Int = 1) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        done = min(done + steps, total)
        let now = clock()
        if let last = lastDraw, now - last < interval, done < total { return }
        lastDraw = now
        drawn = true
        output("\r" + line())
    }

    /// Erases the bar so the report that follows starts on a clean line.
    public func finish() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        guard drawn else { return }
        drawn = false
        output("\r\u{1B}[2K")
    }

    /// `Checking [#########-----------]  45/100`
    func line() -> String {
        let filled = total == 0 ? width : done * width / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let count = String(done)
        let padded = String(repeating: " ", count: max(0, String(total).count - count.count)) + count
        return "\(label) [\(bar)] \(padded)/\(total)"
    }
}
