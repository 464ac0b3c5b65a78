/// A word list in hunspell's personal-dictionary form: `word`, `word/model` (take the model's affixes),
/// `*word` (forbid). `#` starts a comment line. The library does not read this form itself.
public struct PersonalDictionary: Sendable, Equatable {
    public enum Entry: Sendable, Equatable {
        case word(String)
        case withAffixes(String, model: String)
        case forbidden(String)
    }

    public var entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries
    }

    public init(parsing text: String) {
        var entries: [Entry] = []
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = String(raw.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("*") {
                let word = String(line.dropFirst())
                if !word.isEmpty { entries.append(.forbidden(word)) }
            } else if let slash = line.firstIndex(of: "/"), slash != line.startIndex {
                let word = String(line[..<slash])
                let model = String(line[line.index(after: slash)...])
                entries.append(model.isEmpty ? .word(word) : .withAffixes(word, model: model))
            } else {
                entries.append(.word(line))
            }
        }
        self.entries = entries
    }

    public func apply(to hunspell: Hunspell) {
        for entry in entries {
            switch entry {
            case .word(let w): hunspell.add(w)
            case .withAffixes(let w, let model): hunspell.add(w, affixesLike: model)
            case .forbidden(let w): hunspell.remove(w)
            }
        }
    }
}

