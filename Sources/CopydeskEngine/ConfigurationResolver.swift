import CopydeskCore
import CopydeskRules
import Foundation

/// Finds the `.copydesk.yml` that governs each file by walking up from its folder; each folder's answer is cached.
/// Thread-safe: workers share one resolver.
public final class ConfigurationResolver: @unchecked Sendable {
    private let lock = NSLock()
    private var byDirectory: [String: Result<Configuration, ConfigError>] = [:]
    /// A config given with `--config`: used for every file.
    private let explicit: Result<Configuration, ConfigError>?

    public init(explicitPath: String? = nil) {
        explicit = explicitPath.map { ConfigurationResolver.load($0) }
    }

    public func configuration(forFile path: String) -> Result<Configuration, ConfigError> {
        if let explicit { return explicit }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.path
        return configuration(forDirectory: directory)
    }

    public func configuration(forDirectory directory: String) -> Result<Configuration, ConfigError> {
        if let explicit { return explicit }
        lock.lock()
        if let cached = byDirectory[directory] { lock.unlock(); return cached }
        lock.unlock()
        let result: Result<Configuration, ConfigError>
        let candidate = (directory as NSString).appendingPathComponent(Configuration.fileName)
        if FileManager.default.fileExists(atPath: candidate) {
            result = ConfigurationResolver.load(candidate)
        } else if directory == "/" || directory.isEmpty {
            result = .success(Configuration())
        } else {
            result = configuration(forDirectory: (directory as NSString).deletingLastPathComponent)
        }
        lock.lock()
        byDirectory[directory] = result
        lock.unlock()
        return result
    }

    /// Reads and checks one config file, rule ids and rule options included.
    public static func load(_ path: String) -> Result<Configuration, ConfigError> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(ConfigError(path: path, line: nil, message: "cannot read the configuration file"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(ConfigError(path: path, line: nil, message: "the configuration file is not UTF-8"))
        }
        do {
            let config = try Configuration.parse(text, path: path)
            try validateRules(config)
            try UserList.check(config)
            return .success(config)
        } catch {
            return .failure(error)
        }
    }

    /// Every id under `rules:` must name a rule or a family, and every option must be one the rule takes.
    public static func validateRules(_ config: Configuration) throws(ConfigError) {
        for (id, settings) in config.rules.sorted(by: { ($0.value.line ?? 0) < ($1.value.line ?? 0) }) {
            if RuleRegistry.family(id: id) != nil {
                if let key = settings.options.keys.sorted().first {
                    throw ConfigError(path: config.path ?? Configuration.fileName, line: settings.options[key]?.line,
                                      message: "rule family '\(id)' takes only 'enabled' and 'severity'")
                }
                continue
            }
            guard let rule = RuleRegistry.rule(id: id) else {
                throw ConfigError(path: config.path ?? Configuration.fileName, line: settings.line,
                                  message: "unknown rule '\(id)'\(EditDistance.hint(id, among: RuleRegistry.ids + RuleRegistry.familyIDs)); run 'copydesk rules' to list them (families: \(RuleRegistry.familyIDs.joined(separator: ", ")))")
            }
            let allowed = rule.description.options
            for (key, node) in settings.options.sorted(by: { $0.key < $1.key }) {
                guard let option = allowed.first(where: { $0.key == key }) else {
                    let keys = allowed.map(\.key)
                    let hint = keys.isEmpty ? "it takes only 'enabled' and 'severity'"
                        : "expected one of: enabled, severity, \(keys.joined(separator: ", "))"
                    throw ConfigError(path: config.path ?? Configuration.fileName, line: node.line,
                                      message: "rule '\(id)' has no option '\(key)'\(EditDistance.hint(key, among: keys)); \(hint)")
                }
                try option.validate(node)
            }
        }
    }
}
