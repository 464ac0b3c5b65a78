// Yams.Node is an immutable value tree; it is only read after parsing.
import Yams

/// A YAML node that remembers its file and line, with strict typed accessors.
public struct ConfigNode: @unchecked Sendable {
    public let node: Yams.Node
    public let path: String
    public let keyPath: String

    public init(node: Yams.Node, path: String, keyPath: String = "") {
        self.node = node
        self.path = path
        self.keyPath = keyPath
    }

    public var line: Int? { node.mark?.line }

    public func error(_ message: String) -> ConfigError {
        ConfigError(path: path, line: line, message: keyPath.isEmpty ? message : "\(keyPath): \(message)")
    }

    public func string() throws(ConfigError) -> String {
        guard case .scalar(let scalar) = node else { throw error("expected a string") }
        return scalar.string
    }

    public func bool() throws(ConfigError) -> Bool {
        switch try string().lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error("expected true or false")
        }
    }

    public func int(in range: ClosedRange<Int>? = nil) throws(ConfigError) -> Int {
        guard let value = Int(try string()) else { throw error("expected a whole number") }
        if let range, !range.contains(value) { throw error("expected a number from \(range.lowerBound) to \(range.upperBound)") }
        return value
    }

    public func double(in range: ClosedRange<Double>? = nil) throws(ConfigError) -> Double {
        guard let value = Double(try string()) else { throw error("expected a number") }
        if let range, !range.contains(value) { throw error("expected a number from \(range.lowerBound) to \(range.upperBound)") }
        return value
    }

    public func oneOf<T: RawRepresentable>(_ type: T.Type) throws(ConfigError) -> T where T.RawValue == String, T: CaseIterable {
        let raw = try string()
        guard let value = T(rawValue: raw) else {
            throw error("'\(raw)' is not one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    /// A string, or a list of strings.
    public func strings() throws(ConfigError) -> [String] {
        switch node {
        case .scalar(let s): return [s.string]
        case .sequence(let seq):
            var out: [String] = []
            for (i, item) in seq.enumerated() {
                out.append(try ConfigNode(node: item, path: path, keyPath: "\(keyPath)[\(i)]").string())
            }
            return out
        default: throw error("expected a list of strings")
        }
    }

    public func list() throws(ConfigError) -> [ConfigNode] {
        guard case .sequence(let seq) = node else { throw error("expected a list") }
        return seq.enumerated().map { ConfigNode(node: $1, path: path, keyPath: "\(keyPath)[\($0)]") }
    }

    /// Key-value pairs in file order.
    public func entries() throws(ConfigError) -> [(key: String, value: ConfigNode)] {
        try keyedEntries().map { (key: $0.key, value: $0.value) }
    }

    /// Key-value pairs in file order, with the line of each key.
    public func keyedEntries() throws(ConfigError) -> [(key: String, keyLine: Int?, value: ConfigNode)] {
        guard case .mapping(let mapping) = node else { throw error("expected a mapping of keys to values") }
        var out: [(key: String, keyLine: Int?, value: ConfigNode)] = []
        for (k, v) in mapping {
            guard case .scalar(let key) = k else { throw error("keys must be strings") }
            let child = keyPath.isEmpty ? key.string : "\(keyPath).\(key.string)"
            out.append((key: key.string, keyLine: k.mark?.line, value: ConfigNode(node: v, path: path, keyPath: child)))
        }
        return out
    }

    /// Reads a mapping strictly: `read` is called for each key and must return false for a key it does not know.
    public func readMapping(_ known: [String], _ read: (String, ConfigNode) throws(ConfigError) -> Void) throws(ConfigError) {
        for (key, keyLine, value) in try keyedEntries() {
            guard known.contains(key) else {
                let where_ = keyPath.isEmpty ? "" : " in '\(keyPath)'"
                throw ConfigError(path: path, line: keyLine ?? value.line ?? line,
                                  message: "unknown key '\(key)'\(where_)\(EditDistance.hint(key, among: known)); "
                                      + "expected one of: \(known.joined(separator: ", "))")
            }
            try read(key, value)
        }
    }
}
