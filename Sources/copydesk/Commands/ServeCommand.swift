import ArgumentParser
import CopydeskServer
import Foundation

/// `copydesk serve`: the pre-publish check a CMS calls, and LanguageTool's `/v2` API (see docs/service.md).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve checks over HTTP: /v1/check for CMSs, LanguageTool's /v2/check for editors' tools, / for people.",
        discussion: "Stops on SIGTERM or SIGINT after the requests in flight are answered (exit 0). Exit 2 when it cannot start.")

    @Option(help: "Address to listen on (loopback by default; put a TLS proxy in front for anything else).")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on; 0 picks a free one (printed once listening).")
    var port = 8080

    @Option(help: "Configuration every request is checked under (default: the working folder's .copydesk.yml).")
    var config: String?

    @Option(name: .customLong("token-file"), help: "File whose first line is the bearer token requests must send.")
    var tokenFile: String?

    @Option(name: .customLong("max-bytes"), help: "Largest request body accepted (413 past it).")
    var maxBytes = 5_000_000

    @Option(help: "Longest a check may take (504 past it), e.g. 10s, 500ms.")
    var timeout = "10s"

    @Option(help: "Checking threads, each with its own dictionaries.")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("dictionary-dir"), help: "A folder with LANG.aff and LANG.dic, searched first.")
    var dictionaryDirs: [String] = []

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0-65535") }
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be positive") }
        guard ServeDuration.parse(timeout) != nil else { throw ValidationError("--timeout '\(timeout)' is not a duration such as 10s or 500ms") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if let config, !FileManager.default.fileExists(atPath: config) {
            throw ValidationError("configuration file '\(config)' does not exist")
        }
    }

    func run() throws {
        var options = ServeOptions()
        options.host = host
        options.port = port
        options.configPath = config
        options.maxBytes = maxBytes
        options.timeout = ServeDuration.parse(timeout)!
        options.workers = jobs
        options.lintOptions.dictionaryDirectories = dictionaryDirs
        options.version = Copydesk.version
        if let tokenFile {
            switch ServeOptions.readToken(tokenFile) {
            case .success(let token): options.token = token
            case .failure(let error): printError("copydesk serve: \(error)"); throw ExitCode(2)
            }
        }
        CheckService.bootstrapLogging()
        let service: CheckService
        switch CheckService.make(options) {
        case .success(let made): service = made
        case .failure(let error): printError("copydesk serve: \(error)"); throw ExitCode(2)
        }
        let done = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        let host = self.host
        Task {
            do {
                try await service.run { port in printError("copydesk serve: listening on http://\(host):\(port)") }
            } catch {
                outcome.error = "\(error)"
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.error { printError("copydesk serve: \(error)"); throw ExitCode(2) }
    }

    /// How the server task ended.
    final class Outcome: @unchecked Sendable { var error: String? }
}
