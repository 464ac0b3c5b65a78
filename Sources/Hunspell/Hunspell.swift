import CHunspell
import Foundation

/// Why a hunspell dictionary could not be opened.
public enum HunspellError: Error, Sendable, Equatable, CustomStringConvertible {
    case missingFiles(aff: String, dic: String)
    case unsupportedEncoding(String)

    public var description: String {
        switch self {
        case .missingFiles(let aff, let dic): return "cannot read \(aff) and \(dic)"
        case .unsupportedEncoding(let name): return "dictionary encoding \(name) is not supported"
        }
    }
}

/// One hunspell handle. Not thread-safe: give each worker its own.
///
/// Words go in and come out as Swift strings; a dictionary in another encoding than UTF-8 is converted both ways.
/// Every list the C library returns is freed here.
public final class Hunspell {
    private let handle: OpaquePointer
    /// Dictionary encoding; nil means UTF-8.
    private let encoding: String.Encoding?
    public let affixPath: String
    public let dictionaryPath: String
    /// The affix file's `TRY` characters: the letters hunspell tries when it suggests, most useful first.
    public let tryCharacters: [Unicode.Scalar]

    public init(affixPath: String, dictionaryPath: String) throws(HunspellError) {
        let fm = FileManager.default
        guard fm.isReadableFile(atPath: affixPath), fm.isReadableFile(atPath: dictionaryPath) else {
            throw .missingFiles(aff: affixPath, dic: dictionaryPath)
        }
        guard let handle = Hunspell_create(affixPath, dictionaryPath) else {
            throw .missingFiles(aff: affixPath, dic: dictionaryPath)
        }
        self.handle = handle
        self.affixPath = affixPath
        self.dictionaryPath = dictionaryPath
        let name = String(cString: Hunspell_get_dic_encoding(handle)).uppercased()
        switch name {
        case "UTF-8", "UTF8": encoding = nil
        case "ISO8859-1", "ISO-8859-1", "LATIN1": encoding = .isoLatin1
        case "ISO8859-2", "ISO-8859-2": encoding = .isoLatin2
        case "ISO8859-15", "ISO-8859-15", "CP1252", "WINDOWS-1252": encoding = .windowsCP1252
        case "CP1250", "WINDOWS-1250": encoding = .windowsCP1250
        case "CP1251", "WINDOWS-1251": encoding = .windowsCP1251
        case "ASCII", "US-ASCII": encoding = .ascii
        default:
            Hunspell_destroy(handle)
            throw .unsupportedEncoding(name)
        }
        tryCharacters = Hunspell.readTryCharacters(affixPath, encoding: encoding)
    }

    /// The `TRY` line of an affix file, decoded from the dictionary's encoding.
    static func readTryCharacters(_ affixPath: String, encoding: String.Encoding?) -> [Unicode.Scalar] {
        guard let data = FileManager.default.contents(atPath: affixPath) else { return [] }
        let text = String(data: data, encoding: encoding ?? .utf8) ?? String(decoding: data, as: UTF8.self)
        for line in text.split(whereSeparator: \.isNewline) where line.hasPrefix("TRY ") {
            var seen = Set<Unicode.Scalar>()
            return line.dropFirst(4).trimmingCharacters(in: .whitespaces).unicodeScalars.filter { seen.insert($0).inserted }
        }
        return []
    }

    deinit {
        Hunspell_destroy(handle)
    }

    /// Calls `body` with the word in the dictionary's encoding; nil when it cannot be expressed there.
    private func withEncoded<T>(_ word: String, _ body: (UnsafePointer<CChar>) -> T) -> T? {
        guard let encoding else { return word.withCString(body) }
        guard var data = word.data(using: encoding, allowLossyConversion: false) else { return nil }
        data.append(0)
        return data.withUnsafeBytes { raw in body(raw.bindMemory(to: CChar.self).baseAddress!) }
    }

    private func decode(_ pointer: UnsafePointer<CChar>) -> String {
        guard let encoding else { return String(cString: pointer) }
        let data = Data(bytes: pointer, count: strlen(pointer))
        return String(data: data, encoding: encoding) ?? String(cString: pointer)
    }

    /// Words added that hunspell itself still refuses (see `add(_:)`), accepted as written.
    private var added: Set<String> = []

    /// Whether the dictionary accepts the word as written.
    public func spell(_ word: String) -> Bool {
        if !added.isEmpty, added.contains(word) { return true }
        return withEncoded(word) { Hunspell_spell(handle, $0) != 0 } ?? false
    }

    /// hunspell's own suggestions, best first.
    public func suggest(_ word: String) -> [String] {
        withEncoded(word) { pointer -> [String] in
            var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
            let count = Hunspell_suggest(handle, &list, pointer)
            guard count > 0, let items = list else { return [] }
            defer { Hunspell_free_list(handle, &list, count) }
            return (0..<Int(count)).compactMap { items[$0].map { decode($0) } }
        } ?? []
    }

    /// Stems hunspell finds for a word.
    public func stem(_ word: String) -> [String] {
        withEncoded(word) { pointer -> [String] in
            var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
            let count = Hunspell_stem(handle, &list, pointer)
            guard count > 0, let items = list else { return [] }
            defer { Hunspell_free_list(handle, &list, count) }
            return (0..<Int(count)).compactMap { items[$0].map { decode($0) } }
        } ?? []
    }

    /// Accepts a word for this handle's life, exactly as written.
    ///
    /// hunspell keeps a hidden capitalised form of each all-caps entry (`UN` gives `Un`, allowed only in upper
    /// case), and its `add` skips a word it already has an entry for, so `add("Un")` alone leaves "Un" refused.
    /// Such a word is remembered here and accepted as written.
    public func add(_ word: String) {
        _ = withEncoded(word) { Hunspell_add(handle, $0) }
        if !spell(word) { added.insert(word) }
    }

    /// Accepts a word with the affixes a model word takes (`word/model`).
    public func add(_ word: String, affixesLike model: String) {
        _ = withEncoded(word) { w in withEncoded(model) { m in Hunspell_add_with_affix(handle, w, m) } }
    }

    /// Forbids a word (`*word`).
    public func remove(_ word: String) {
        added.remove(word)
        _ = withEncoded(word) { Hunspell_remove(handle, $0) }
    }
}
