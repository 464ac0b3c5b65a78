import Foundation

/// Finds `NAME.aff` and `NAME.dic` for a language name.
public struct DictionaryLocator: Sendable {
    public var directories: [String]

    /// The standard search path: explicit folders first, then `$DICPATH`, then the system folders.
    public init(extraDirectories: [String] = [], environment: [String: String] = ProcessInfo.processInfo.environment) {
        var dirs = extraDirectories
        if let dicpath = environment["DICPATH"] {
            dirs += dicpath.split(separator: ":").map(String.init)
        }
        dirs += ["/usr/share/hunspell", "/usr/share/myspell", "/usr/share/myspell/dicts", "/usr/local/share/hunspell"]
        self.directories = dirs
    }

    /// `en-GB` and `en_gb` both mean `en_GB`.
    public static func normalize(_ language: String) -> String {
        let parts = language.replacingOccurrences(of: "-", with: "_").split(separator: "_")
        guard parts.count == 2 else { return language.replacingOccurrences(of: "-", with: "_") }
        return parts[0].lowercased() + "_" + parts[1].uppercased()
    }

    public func locate(_ language: String) -> (aff: String, dic: String)? {
        let name = DictionaryLocator.normalize(language)
        for dir in directories {
            let aff = "\(dir)/\(name).aff", dic = "\(dir)/\(name).dic"
            if FileManager.default.isReadableFile(atPath: aff), FileManager.default.isReadableFile(atPath: dic) {
                return (aff, dic)
            }
        }
        return nil
    }

    /// The Debian package that provides a language's dictionary, for error messages.
    public static func package(for language: String) -> String {
        let name = normalize(language)
        return "hunspell-" + name.lowercased().replacingOccurrences(of: "_", with: "-")
    }
}
