import CopydeskCore

/// What a noun names, as far as a harm term cares: from WordNet's noun supersenses (`noun-classes.tsv`, written by
/// `scripts/cw-noun-classes.py`) with the newsroom's corrections (`noun-overrides.txt`).
enum CWNounClass: String, Sendable {
    case person, animal, body, group, thing
}

/// The noun-class table, loaded at the first figurative-prone hit of a run (most paragraphs never need it).
struct CWNounClasses: Sendable {
    private var table: [String: CWNounClass] = [:]

    static func builtIn(_ resources: Resources) -> CWNounClasses {
        resources.cached("content-warnings.noun-classes") {
            var out = CWNounClasses()
            func read(_ file: String) {
                for line in resources.dataLines(CWLexicon.folder + file) {
                    let f = line.split(separator: "\t")
                    guard f.count >= 2, let cls = CWNounClass(rawValue: String(f[1])) else { continue }
                    out.table[String(f[0]).fastLowercased] = cls
                }
            }
            // WordNet, then the detector's person and thing words, then the newsroom's corrections.
            read("noun-classes.tsv")
            for (file, cls) in [("persons.txt", CWNounClass.person), ("objects.txt", .thing)] {
                for line in resources.dataLines(CWLexicon.folder + file) { out.table[line.fastLowercased] = cls }
            }
            read("noun-overrides.txt")
            return out
        }
    }

    /// Capitalised words that still name a kind of person ("Police", "Officers" in a headline-style phrase).
    func isPersonTitle(_ word: String) -> Bool { table[word] == .person && Self.titles.contains(word) }
    static let titles: Set<String> = ["police", "officers", "soldiers", "troops", "paramedics", "detectives"]

    /// The class of a lower-case word, trying its singular when the plural is not listed.
    func classify(_ word: String) -> CWNounClass? {
        if let cls = table[word] { return cls }
        let bytes = word.utf8
        if word.hasSuffix("men"), let cls = table[String(word.dropLast(3)) + "man"] { return cls }
        guard bytes.count > 3, bytes.last == 0x73 else { return nil }
        if word.hasSuffix("ies"), let cls = table[String(word.dropLast(3)) + "y"] { return cls }
        if word.hasSuffix("es"), let cls = table[String(word.dropLast(2))] { return cls }
        return table[String(word.dropLast())]
    }
}
