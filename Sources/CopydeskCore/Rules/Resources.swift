import Foundation

/// Shared, read-only data (word lists, lexicons) loaded once per run and used by every worker.
public final class Resources: @unchecked Sendable {
    /// The `Dictionaries/` folder.
    public let dataDirectory: String
    private let lock = NSLock()
    private var cache: [String: any Sendable] = [:]

    public init(dataDirectory: String) {
        self.dataDirectory = dataDirectory
    }

    /// The value built once for `key`, shared by all callers.
    public func cached<T: Sendable>(_ key: String, _ build: () -> T) -> T {
        lock.lock()
        if let value = cache[key] as? T {
            lock.unlock()
            return value
        }
        lock.unlock()
        let value = build()
        lock.lock()
        defer { lock.unlock() }
        if let existing = cache[key] as? T { return existing }
        cache[key] = value
        return value
    }

    /// Lines of a data file under `Dictionaries/`, without blank lines and `#` comments.
    public func dataLines(_ relativePath: String) -> [String] {
        cached("lines:" + relativePath) {
            let url = URL(fileURLWithPath: dataDirectory).appendingPathComponent(relativePath)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [String]() }
            return text.split(whereSeparator: \.isNewline).compactMap { line -> String? in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                return trimmed.isEmpty || trimmed.hasPrefix("#") ? nil : trimmed
            }
        }
    }

    public func path(_ relativePath: String) -> String {
        URL(fileURLWithPath: dataDirectory).appendingPathComponent(relativePath).path
    }
}
