import Foundation

/// The one strict loader for every list a user names in the configuration: `spelling.word_lists`,
/// `readability.plain_language_lists`, `accessibility.extra_abbreviation_lists`. A list that is missing,
/// unreadable or not UTF-8 is a configuration error (exit 2) when the configuration is loaded, never a list
/// silently taken as empty.
public enum UserList {
    /// Each list the configuration names, with its key, as written.
    public static func named(in config: Configuration) -> [(key: String, entry: String)] {
        config.spelling.wordLists.map { ("spelling.word_lists", $0) }
            + config.readability.plainLanguageLists.map { ("readability.plain_language_lists", $0) }
            + config.accessibility.extraAbbreviationLists.map { ("accessibility.extra_abbreviation_lists", $0) }
    }

    /// A list's path: as written when absolute, else relative to the configuration file's folder.
    public static func resolve(_ entry: String, in config: Configuration) -> String {
        if entry.hasPrefix("/") { return entry }
        return (config.directory ?? ".") + "/" + entry
    }

    /// The list's text, or why it cannot be used.
    public static func text(_ path: String) -> Result<String, ListError> {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return .failure(.missing) }
        guard !isFolder.boolValue else { return .failure(.folder) }
        guard let data = FileManager.default.contents(atPath: path) else { return .failure(.unreadable) }
        guard let text = String(data: data, encoding: .utf8) else { return .failure(.notUTF8) }
        return .success(text)
    }

    /// The list's entries: trimmed lines, without blanks and `#` comments; empty when it cannot be read (a
    /// configuration that names such a list fails to load, so rules never see one).
    public static func lines(_ path: String) -> [String] {
        guard case .success(let text) = text(path) else { return [] }
        return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    /// Fails with the first list the configuration names that cannot be used.
    public static func check(_ config: Configuration) throws(ConfigError) {
        for (key, entry) in named(in: config) {
            if case .failure(let problem) = text(resolve(entry, in: config)) {
                throw ConfigError(path: config.path ?? Configuration.fileName, line: nil,
                                  message: "\(key): '\(entry)' \(problem.description)")
            }
        }
    }

    public enum ListError: Error, Sendable, CustomStringConvertible {
        case missing, folder, unreadable, notUTF8

        public var description: String {
            switch self {
            case .missing: return "does not exist"
            case .folder: return "is a folder, not a list"
            case .unreadable: return "cannot be read"
            case .notUTF8: return "is not UTF-8"
            }
        }
    }
}
