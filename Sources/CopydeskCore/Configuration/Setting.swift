/// One setting of a configuration section, declared once beside the section: its key, what it takes, one line
/// of help, how it is read and how its default is written. The declaration drives the strict parser,
/// `copydesk init`'s text, `copydesk explain FAMILY` and the defaults quoted in rule descriptions.
public struct Setting<Section> {
    public let key: String
    /// What values it takes, e.g. `0 to 30`, `skip or check`.
    public let accepts: String
    /// One line, written above the key by `copydesk init`.
    public let help: String
    /// Written commented out (`# key: example`) when the default has no value to write.
    public let example: String?
    let read: (inout Section, ConfigNode) throws(ConfigError) -> Void
    let write: (Section) -> String?

    public init(_ key: String, accepts: String, help: String, example: String? = nil,
                read: @escaping (inout Section, ConfigNode) throws(ConfigError) -> Void,
                write: @escaping (Section) -> String?) {
        self.key = key
        self.accepts = accepts
        self.help = help
        self.example = example
        self.read = read
        self.write = write
    }

    /// A number in a range.
    public static func number(_ key: String, _ path: WritableKeyPath<Section, Double>, in range: ClosedRange<Double>,
                              help: String) -> Setting {
        Setting(key, accepts: "\(YAMLValue.number(range.lowerBound)) to \(YAMLValue.number(range.upperBound))", help: help,
                read: { (section, node) throws(ConfigError) in section[keyPath: path] = try node.double(in: range) },
                write: { YAMLValue.number($0[keyPath: path]) })
    }

    /// A number in a range, or none.
    public static func number(_ key: String, _ path: WritableKeyPath<Section, Double?>, in range: ClosedRange<Double>,
                              help: String, example: String) -> Setting {
        Setting(key, accepts: "\(YAMLValue.number(range.lowerBound)) to \(YAMLValue.number(range.upperBound))", help: help,
                example: example,
                read: { (section, node) throws(ConfigError) in section[keyPath: path] = try node.double(in: range) },
                write: { $0[keyPath: path].map(YAMLValue.number) })
    }

    /// A whole number in a range.
    public static func count(_ key: String, _ path: WritableKeyPath<Section, Int>, in range: ClosedRange<Int>,
                             help: String) -> Setting {
        Setting(key, accepts: "\(range.lowerBound) to \(range.upperBound)", help: help,
                read: { (section, node) throws(ConfigError) in section[keyPath: path] = try node.int(in: range) },
                write: { "\($0[keyPath: path])" })
    }

    public static func flag(_ key: String, _ path: WritableKeyPath<Section, Bool>, help: String) -> Setting {
        Setting(key, accepts: "true or false", help: help,
                read: { (section, node) throws(ConfigError) in section[keyPath: path] = try node.bool() },
                write: { "\($0[keyPath: path])" })
    }

    /// A list of words or paths.
    public static func list(_ key: String, _ path: WritableKeyPath<Section, [String]>, help: String) -> Setting {
        Setting(key, accepts: "a list", help: help,
                read: { (section, node) throws(ConfigError) in section[keyPath: path] = try node.strings() },
                write: { YAMLValue.list($0[keyPath: path]) })
    }

    /// A list, or none (meaning all).
    public static func list(_ key: String, _ path: WritableKeyPath<Section, [String]?>, help: String, example: String) -> Setting {
        Setting(key, accepts: "a list", help: help, example: example,
                read: { (section, node) throws(ConfigError) in section[keyPath: path] = try node.strings() },
                write: { $0[keyPath: path].map(YAMLValue.list) })
    }

    /// One of an enumeration's values.
    public static func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ path: WritableKeyPath<Section, T>,
                                                                  help: String) -> Setting where T.RawValue == String {
        let names = T.allCases.map(\.rawValue)
        let accepts = names.count > 1 ? names.dropLast().joined(separator: ", ") + " or " + names.last! : names.joined()
        return Setting(key, accepts: accepts, help: help,
                       read: { (section, node) throws(ConfigError) in section[keyPath: path] = try node.oneOf(T.self) },
                       write: { $0[keyPath: path].rawValue })
    }

    /// The default as `copydesk init` writes it (nil: written commented out).
    public func defaultText(_ defaults: Section) -> String? { write(defaults) }
}

/// A section of `.copydesk.yml` (`readability:`, `spelling:` ...) whose settings are declared once, in order.
public protocol ConfigurationSection: Sendable {
    /// The section's key in `.copydesk.yml`.
    static var key: String { get }
    static var settings: [Setting<Self>] { get }
    init()
    /// Checks between settings, once all are read (e.g. an error grade not below the target grade).
    func check(_ node: ConfigNode) throws(ConfigError)
}

extension ConfigurationSection {
    public func check(_ node: ConfigNode) throws(ConfigError) {}

    public static var keys: [String] { settings.map(\.key) }

    /// Reads the section strictly: unknown keys (with a did-you-mean), wrong types and out-of-range values are
    /// errors with file and line.
    public init(_ node: ConfigNode) throws(ConfigError) {
        self.init()
        let settings = Self.settings
        var section = Self()
        try node.readMapping(settings.map(\.key)) { (key, value) throws(ConfigError) in
            guard let setting = settings.first(where: { $0.key == key }) else { return }
            try setting.read(&section, value)
        }
        try section.check(node)
        self = section
    }

    /// A setting's default as written in `.copydesk.yml`, for rule descriptions: `30`.
    public static func defaultText(_ key: String) -> String {
        settings.first { $0.key == key }?.defaultText(Self()) ?? ""
    }

    /// The section as `copydesk init` writes it: each setting's help, then its default.
    public static var initText: String { initText(writing: [:]) }

    /// The section as `copydesk init` writes it, with some keys written as `value` and a second line of help.
    public static func initText(writing overrides: [String: (value: String, note: String)]) -> String {
        let defaults = Self()
        var out = "\(key):\n"
        for setting in settings {
            out += "  # \(setting.help)\n"
            if let override = overrides[setting.key] {
                out += "  # \(override.note)\n  \(setting.key): \(override.value)\n"
            } else if let value = setting.defaultText(defaults) {
                out += "  \(setting.key): \(value)\n"
            } else {
                out += "  # \(setting.key): \(setting.example ?? "")\n"
            }
        }
        return out
    }

    /// One line per setting for `copydesk explain FAMILY`: key, default, what it takes, help.
    public static var explanation: String {
        let defaults = Self()
        let width = settings.map(\.key.count).max() ?? 0
        var out = "Settings under '\(key):' in .copydesk.yml:\n"
        for setting in settings {
            let value = setting.defaultText(defaults) ?? "none"
            out += "  \(setting.key.padding(toLength: width, withPad: " ", startingAt: 0))  \(setting.help) "
                + "Default \(value); \(setting.accepts).\n"
        }
        return out
    }
}

/// Values as `.copydesk.yml` writes them.
public enum YAMLValue {
    /// `9`, `2.5`.
    public static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? "\(Int(value))" : "\(value)"
    }

    /// `[]`, `[md, txt]`.
    public static func list(_ values: [String]) -> String {
        "[" + values.joined(separator: ", ") + "]"
    }

    /// `{}`, `{BBC: British Broadcasting Corporation, UN: United Nations}`: keys sorted.
    public static func table<Value>(_ entries: [String: Value], _ show: (Value) -> String) -> String {
        "{" + entries.sorted { $0.key < $1.key }.map { "\($0.key): \(show($0.value))" }.joined(separator: ", ") + "}"
    }
}
