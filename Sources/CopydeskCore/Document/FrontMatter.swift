/// A value read from front matter: strings, lists and maps (numbers and booleans are kept as strings).
public indirect enum MetadataValue: Sendable, Hashable {
    case string(String)
    case list([MetadataValue])
    case map([String: MetadataValue])
    case null

    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// A string, or each string of a list.
    public var strings: [String] {
        switch self {
        case .string(let s): return [s]
        case .list(let items): return items.flatMap(\.strings)
        default: return []
        }
    }

    public subscript(key: String) -> MetadataValue? {
        if case .map(let m) = self { return m[key] }
        return nil
    }
}

/// The YAML (`---`) or TOML (`+++`) block at the top of a Markdown file.
public struct FrontMatter: Sendable {
    public enum Format: String, Sendable { case yaml, toml }

    public var format: Format
    /// Source bytes of the whole block, delimiters included.
    public var sourceRange: Range<Int>
    public var values: [String: MetadataValue]
    /// 1-based source line of each top-level key.
    public var keyLines: [String: Int]

    public init(format: Format, sourceRange: Range<Int>, values: [String: MetadataValue], keyLines: [String: Int]) {
        self.format = format
        self.sourceRange = sourceRange
        self.values = values
        self.keyLines = keyLines
    }

    /// Fields whose text is prose, checked like the article body.
    public static let proseFields = ["title", "subtitle", "description", "summary"]
}
