import Foundation

/// Shared, read-only data (word lists, lexicons) loaded once per run and used by every worker.
public final class Resources: @unchecked Sendable {
    /// The `Dictionaries/` folder.
    public let dataDirectory: String
    private let condition = NSCondition()
    private var cache: [String: any Sendable] = [:]
    /// Keys some thread is building now: other callers of the same key wait for it instead of building it again.
    private var building: Set<String> = []

    public init(dataDirectory: String) {
        self.dataDirectory = dataDirectory
    }

    /// The value built once for `key`, shared by all callers. A second caller of a key being built waits for the
    /// first (the data indexes cost hundreds of milliseconds and tens of megabytes each); other keys, including the
    /// ones `build` itself asks for, are not held up.
    public func cached<T: Sendable>(_ key: String, _ build: () -> T) -> T {
        condition.lock()
        while true {
            if let value = cache[key] as? T {
                condition.unlock()
                return value
            }
            guard building.contains(key) else { break }
            condition.wait()
        }
        building.insert(key)
        condition.unlock()
        let value = build()
        condition.lock()
        defer { condition.unlock() }
        building.remove(key)
        condition.broadcast()
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
