import CopydeskEngine
import Foundation

/// How `copydesk serve` runs. Loopback by default; nothing is read per request.
public struct ServeOptions: Sendable {
    public var host = "127.0.0.1"
    /// 0 picks a free port (printed once listening).
    public var port = 8080
    /// `--config`: the configuration every request is checked under (else the working folder's).
    public var configPath: String?
    /// Where the configuration is found from and relative dictionary folders are read.
    public var workingDirectory = FileManager.default.currentDirectoryPath
    /// The bearer token requests must send when set (`--token-file`).
    public var token: String?
    /// Largest request body accepted (`--max-bytes`).
    public var maxBytes = 5_000_000
    /// Longest a check may take before the answer is 504 (`--timeout`).
    public var timeout: Duration = .seconds(10)
    /// Checking threads, each with its own hunspell handles.
    public var workers = ProcessInfo.processInfo.activeProcessorCount
    /// Dictionaries opened at start besides the configuration's; listed by `/v2/languages` when present.
    public var languages = ["en_US", "en_GB"]
    /// `--dictionary-dir` and the like.
    public var lintOptions = LintOptions()
    public var version = "0"

    public init() {}

    /// The token in a token file: its first line, trimmed; an error names the file and the problem.
    public static func readToken(_ path: String) -> Result<String, ServeStartError> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(ServeStartError(message: "\(path): cannot read the token file"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(ServeStartError(message: "\(path): the token file is not UTF-8 text"))
        }
        let token = text.split(whereSeparator: \.isNewline).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard token.count >= 16, token.allSatisfy({ $0.isASCII && !$0.isWhitespace }) else {
            return .failure(ServeStartError(message: "\(path): the token must be one line of at least 16 visible ASCII characters"))
        }
        return .success(token)
    }
}

/// Why the service could not start (exit 2).
public struct ServeStartError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
