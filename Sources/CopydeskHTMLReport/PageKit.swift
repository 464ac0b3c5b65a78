/// The report's public pieces for other self-contained pages (the archive audit's `index.html`): the same
/// stylesheet, the same Content-Security-Policy rules and the same number formats, so every page Copydesk writes
/// looks, behaves and is locked down alike.
public enum PageKit {
    /// The report's stylesheet (light and dark colours, tables, charts, focus, print).
    public static var stylesheet: String { Stylesheet.shared }

    /// The policy for a page whose only style is `style` and only script is `script` (none when nil): nothing
    /// loads from anywhere, no form posts, no base URL.
    public static func contentSecurityPolicy(style: String, script: String? = nil) -> String {
        let scripts = script.map { "script-src \(SHA256.cspSource($0)); " } ?? ""
        return "default-src 'none'; style-src \(SHA256.cspSource(style)); \(scripts)img-src 'none'; base-uri 'none'; form-action 'none'"
    }

    /// One decimal, locale-free: `12.6`.
    public static func oneDecimal(_ value: Double) -> String { Format.one(value) }

    /// Text escaped for HTML content and attribute values.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
