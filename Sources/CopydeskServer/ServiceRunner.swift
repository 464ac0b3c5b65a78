import Foundation
import Hummingbird
import Logging

extension CheckService {
    /// Logs go to standard error, one line each, at `level` and above.
    public static func bootstrapLogging(level: Logger.Level = .info) {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }

    /// Loads the dictionaries while the server starts listening, serves until SIGTERM or SIGINT, then lets
    /// requests in flight finish before returning. `onRunning` gets the port (for `--port 0`).
    public func run(onRunning: @escaping @Sendable (Int) -> Void) async throws {
        startLoading()
        try await application(onRunning: onRunning).runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }
}
