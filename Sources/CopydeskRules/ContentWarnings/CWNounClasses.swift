import CopydeskCore
import Foundation

/// What a noun names, as far as a harm term cares: from WordNet's noun supersenses (`noun-classes.tsv`, written by
/// `scripts/cw-noun-classes.py`) with the newsroom's corrections (`noun-overrides.txt`).
enum CWNounClass: String, Sendable {
    case person, animal, body, group, thing
}

/// The noun-class table, loaded at the first figurative-prone hit of a run (most paragraphs never need it).
///
/// The generated table (24,647 words) is kept as the file's bytes and searched by bisection over its sorted lines:
/// building a dictionary of it cost about 265 M instructions per run, more than a short article's whole check. The
/// small correction lists are a dictionary read first.
struct CWNounClasses: Sendable {
    /// `noun-classes.tsv` as read: `word<TAB>class` lines, sorted by byte.
    private var bytes: [UInt8] = []
    /// Byte offset of each data line, in the order of its word.
    private var starts: [Int32] = []
    /// `persons.txt`, `objects.txt` and `noun-overrides.txt`, which win over the table.
    private var overrides: [String: CWNounClass] = [:]

    static func builtIn(_ resources: Resources) -> CWNounClasses {
        resources.cached("content-warnings.noun-classes") {
            var out = CWNounClasses()
            let url = URL(fileURLWithPath: resources.path(CWLexicon.folder + "noun-classes.tsv"))
            out.load(table: (try? Data(contentsOf: url)).map { Array($0) } ?? [])
            // The detector's person and thing words, then the newsroom's corrections.
            for (file, cls) in [("persons.txt", CWNounClass.person), ("objects.txt", .thing)] {
                for line in resources.dataLines(CWLexicon.folder + file) { out.overrides[line.fastLowercased] = cls }
            }
            for line in resources.dataLines(CWLexicon.folder + "noun-overrides.txt") {
                let f = line.split(separator: "\t")
                guard f.count >= 2, let cls = CWNounClass(rawValue: String(f[1])) else { continue }
                out.overrides[String(f[0]).fastLowercased] = cls
            }
            return out
        }
    }

    /// Indexes the table's lines (comments and malformed lines skipped); sorts the index only if the file is not
    /// already in byte order, so a hand-edited table still works.
    mutating func load(table: [UInt8]) {
        bytes = table
        var offset = 0
        let n = bytes.count
        while offset < n {
            var end = offset
            while end < n, bytes[end] != 0x0A { end += 1 }
            if end > offset, bytes[offset] != 0x23, bytes[offset..<end].contains(0x09) { starts.append(Int32(offset)) }
            offset = end + 1
        }
        let sorted = zip(starts, starts.dropFirst()).allSatisfy { compare(wordAt: Int($0.0), Int($0.1)) < 0 }
        if !sorted {
            var index = starts
            index.sort { compare(wordAt: Int($0), Int($1)) < 0 }
            starts = index
        }
    }

    /// Byte order of the words of two lines.
    private func compare(wordAt a: Int, _ b: Int) -> Int {
        var i = a, j = b
        while true {
            let x = bytes[i] == 0x09 ? -1 : Int(bytes[i])
            let y = bytes[j] == 0x09 ? -1 : Int(bytes[j])
            if x != y || x < 0 { return x - y }
            i += 1
            j += 1
        }
    }

    /// The class the table gives a word, by bisection over its sorted lines.
    private func tableClass(_ word: String) -> CWNounClass? {
        var key = word
        return key.withUTF8 { key -> CWNounClass? in
            var low = 0, high = starts.count
            while low < high {
                let mid = (low + high) / 2
                let line = Int(starts[mid])
                // Compare the key with the line's word, which ends at the TAB.
                var i = 0
                var order = 0
                while true {
                    let x = i < key.count ? Int(key[i]) : -1
                    let y = bytes[line + i] == 0x09 ? -1 : Int(bytes[line + i])
                    if x != y { order = x - y; break }
                    if x < 0 { break }
                    i += 1
                }
                if order == 0 { return line + i + 1 < bytes.count ? Self.cls(bytes[line + i + 1]) : nil }
                if order < 0 { high = mid } else { low = mid + 1 }
            }
            return nil
        }
    }

    /// A class from the first letter of its name (person, animal, body, group, thing).
    private static func cls(_ letter: UInt8) -> CWNounClass? {
        switch letter {
        case 0x70: return .person
        case 0x61: return .animal
        case 0x62: return .body
        case 0x67: return .group
        case 0x74: return .thing
        default: return nil
        }
    }

    private func lookup(_ word: String) -> CWNounClass? { overrides[word] ?? tableClass(word) }

    /// Capitalised words that still name a kind of person ("Police", "Officers" in a headline-style phrase).
    func isPersonTitle(_ word: String) -> Bool { lookup(word) == .person && Self.titles.contains(word) }
    static let titles: Set<String> = ["police", "officers", "soldiers", "troops", "paramedics", "detectives"]

    /// The class of a lower-case word, trying its singular when the plural is not listed.
    func classify(_ word: String) -> CWNounClass? {
        if let cls = lookup(word) { return cls }
        let bytes = word.utf8
        if word.hasSuffix("men"), let cls = lookup(String(word.dropLast(3)) + "man") { return cls }
        guard bytes.count > 3, bytes.last == 0x73 else { return nil }
        if word.hasSuffix("ies"), let cls = lookup(String(word.dropLast(3)) + "y") { return cls }
        if word.hasSuffix("es"), let cls = lookup(String(word.dropLast(2))) { return cls }
        return lookup(String(word.dropLast()))
    }
}
