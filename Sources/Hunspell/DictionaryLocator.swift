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

    /// The first folder with both files for `name`, taken exactly as given (`en_GB`; the spelling target
    /// normalises declared languages).
    public func locate(_ name: String) -> (aff: String, dic: String)? {
        for dir in directories {
            let aff = "\(dir)/\(name).aff", dic = "\(dir)/\(name).dic"
            if FileManager.default.isReadableFile(atPath: aff), FileManager.default.isReadableFile(atPath: dic) {
                return (aff, dic)
            }
        }
        return nil
    }
}
