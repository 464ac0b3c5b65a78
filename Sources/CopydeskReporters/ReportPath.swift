/// Paths as CI formats want them: relative to the repository root, and as RFC 3986 URI references.
/// Purely lexical (no file system access), so output depends only on the `ReportContext`.
public enum ReportPath {
    /// `path` relative to `context.baseDirectory`, or nil when it lies outside it (or no base is set).
    /// Relative paths are first resolved against `context.workingDirectory` when it is set.
    public static func relative(_ path: String, context: ReportContext) -> String? {
        guard let base = context.baseDirectory else { return nil }
        var absolute = path
        if !path.hasPrefix("/") {
            guard let cwd = context.workingDirectory else {
                // Without a working directory, a relative path is taken as relative to the base already.
                let parts = normalized(components(path))
                return parts.first == ".." ? nil : parts.joined(separator: "/")
            }
            absolute = cwd + "/" + path
        }
        let baseParts = normalized(components(base))
        let pathParts = normalized(components(absolute))
        guard pathParts.count > baseParts.count, Array(pathParts.prefix(baseParts.count)) == baseParts else {
            return nil
        }
        return pathParts.dropFirst(baseParts.count).joined(separator: "/")
    }

    /// The path shown to CI: relative to the base where possible, else as given.
    public static func display(_ path: String, context: ReportContext) -> String {
        relative(path, context: context) ?? path
    }

    /// Percent-encodes a `/`-separated path for a URI: every byte outside RFC 3986 `pchar` becomes `%XX`.
    public static func percentEncoded(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            if isAllowed(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + hex(byte >> 4) + hex(byte & 0xF)
            }
        }
        return out
    }

    /// A `file://` URI for an absolute path.
    public static func fileURI(_ absolutePath: String) -> String {
        "file://" + percentEncoded(absolutePath)
    }

    private static func components(_ path: String) -> [String] {
        path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }

    /// Removes `.` and folds `name/..`; leading `..` stay.
    private static func normalized(_ parts: [String]) -> [String] {
        var out: [String] = []
        for part in parts {
            if part == "." { continue }
            if part == "..", let last = out.last, last != ".." {
                out.removeLast()
            } else {
                out.append(part)
            }
        }
        return out
    }

    /// RFC 3986 `pchar` without ":" (a colon in a relative reference's first segment would read as a scheme),
    /// plus "/" between segments.
    private static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-._~!$&'()*+,;=@/".utf8.contains(byte)
        }
    }

    private static func hex(_ nibble: UInt8) -> String {
        String(nibble, radix: 16, uppercase: true)
    }
}
