import Hunspell

/// The one place a declared language (`en-GB`, `en_gb`, a bare `en`) becomes a hunspell dictionary name.
public enum DictionaryName {
    /// `en-GB` and `en_gb` both mean `en_GB`; a name without a region keeps its case, with `-` read as `_`.
    public static func normalize(_ language: String) -> String {
        let parts = language.replacingOccurrences(of: "-", with: "_").split(separator: "_")
        guard parts.count == 2 else { return language.replacingOccurrences(of: "-", with: "_") }
        return parts[0].lowercased() + "_" + parts[1].uppercased()
    }

    /// The dictionary for a declared language: `en-GB` is `en_GB`; a bare `en` takes the configured region when
    /// the configured language is English too, else the usual one (`en_US`, `de_DE`, `fr_FR`).
    public static func resolve(_ declared: String, configured: String) -> String {
        let name = normalize(declared)
        guard !name.contains("_") else { return name }
        let code = name.lowercased()
        let configuredName = normalize(configured)
        if configuredName.hasPrefix(code + "_") { return configuredName }
        let usual = ["en": "en_US", "pt": "pt_PT", "da": "da_DK", "sv": "sv_SE", "nb": "nb_NO", "el": "el_GR", "cs": "cs_CZ"]
        return usual[code] ?? code + "_" + code.uppercased()
    }

    /// The Debian package that provides a dictionary, for error messages.
    public static func package(for language: String) -> String {
        "hunspell-" + normalize(language).lowercased().replacingOccurrences(of: "_", with: "-")
    }
}
