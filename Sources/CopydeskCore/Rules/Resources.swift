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

    /// Lines of a data file under `Dictionaries/`, without blank lines and `#` comments, spaces trimmed.
    public func dataLines(_ relativePath: String) -> [String] {
        cached("lines:" + relativePath) {
            let url = URL(fileURLWithPath: dataDirectory).appendingPathComponent(relativePath)
            guard let data = try? Data(contentsOf: url) else { return [String]() }
            return Resources.lines(Array(data))
        }
    }

    /// Splits UTF-8 bytes into trimmed lines, dropping blank and `#` lines (bytes, not Foundation: the frequency
    /// list alone has 50,000 lines and is read on every run).
    static func lines(_ bytes: [UInt8]) -> [String] {
        var out: [String] = []
        var start = 0
        let n = bytes.count
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
        while start < n {
            var end = start
            while end < n, bytes[end] != 0x0A { end += 1 }
            var a = start, b = end
            while a < b, isSpace(bytes[a]) { a += 1 }
            while b > a, isSpace(bytes[b - 1]) { b -= 1 }
            if a < b, bytes[a] != 0x23 { out.append(String(decoding: bytes[a..<b], as: UTF8.self)) }
            start = end + 1
        }
        return out
    }

    public func path(_ relativePath: String) -> String {
        URL(fileURLWithPath: dataDirectory).appendingPathComponent(relativePath).path
    }
}
