import Foundation

/// 64-bit keys (hashes of words or of their deletions), each with a small payload (a word's number), in one sorted
/// array of 8 bytes an entry: the key's top 40 bits and the payload's 24. A bit filter in front answers most
/// look-ups, which are misses, from an array small enough to stay in the processor's cache; a key shared by chance
/// only adds a candidate that the caller checks.
struct PackedKeys: Sendable {
    private let entries: [UInt64]
    private let bits: [UInt64]
    private let bitMask: Int
    static let payloadBits = 24
    static let maxPayload = (1 << payloadBits) - 1
    private static let keyMask: UInt64 = ~UInt64(maxPayload)

    /// A key and its payload (at most `maxPayload`) as one entry.
    @inline(__always) static func pack(_ key: UInt64, _ payload: Int) -> UInt64 { key & keyMask | UInt64(payload) }

    /// Entries made by `pack`, in any order.
    init(packed: [UInt64]) {
        var entries = packed
        entries.sort()
        var size = 64
        while size < entries.count * 8 { size <<= 1 }
        var bits = [UInt64](repeating: 0, count: size / 64)
        for e in entries {
            let bit = PackedKeys.bit(e) & (size - 1)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.entries = entries
        self.bits = bits
        bitMask = size - 1
    }

    @inline(__always) private static func bit(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key >> 40) ^ (key >> 24)) }

    /// Calls `body` with the payload of every entry of `key`.
    func forEach(_ key: UInt64, _ body: (Int) -> Void) {
        let k = key & PackedKeys.keyMask
        let bit = PackedKeys.bit(k) & bitMask
        guard bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return }
        var low = 0, high = entries.count
        while low < high {
            let mid = (low + high) / 2
            if entries[mid] < k { low = mid + 1 } else { high = mid }
        }
        while low < entries.count, entries[low] & PackedKeys.keyMask == k {
            body(Int(entries[low] & UInt64(PackedKeys.maxPayload)))
            low += 1
        }
    }

    func contains(_ key: UInt64) -> Bool {
        var found = false
        forEach(key) { _ in found = true }
        return found
    }
}

/// Every word form a hunspell dictionary accepts, lower case, as hashes: the `.dic` stems with the `.aff` prefixes
/// and suffixes their flags allow (one level, prefix and suffix combined where both may cross). A cheap first test
/// for "is this edit of a typo a dictionary word?", so that hunspell itself is asked only about the few edits that
/// may be; a false "maybe" costs one hunspell call, a missed form one suggestion.
///
/// nil from `init` when the affix file uses what this reader does not follow (numeric or long flags, flag aliases,
/// continuation classes): the caller then asks hunspell about every edit, as before.
final class DictionaryForms: Sendable {
    private let table: PackedKeys
    let count: Int

    init?(affixPath: String, dictionaryPath: String) {
        var hashes: [UInt64] = []
        hashes.reserveCapacity(200_000)
        let supported = DictionaryForms.forEachForm(affixPath: affixPath, dictionaryPath: dictionaryPath) { prefix, stem, suffix in
            hashes.append(suffix.reduce(stem.reduce(prefix.reduce(DictionaryForms.fnvStart, DictionaryForms.fnv), DictionaryForms.fnv), DictionaryForms.fnv))
        }
        guard supported else { return nil }
        count = hashes.count
        table = PackedKeys(packed: hashes.map { PackedKeys.pack($0, 0) })
    }

    /// Every form (lower case) of a dictionary, as a prefix, part of a stem and a suffix (duplicates possible);
    /// false when the affix file uses what this reader does not follow.
    static func forEachForm(affixPath: String, dictionaryPath: String,
                            _ body: ([Unicode.Scalar], ArraySlice<Unicode.Scalar>, [Unicode.Scalar]) -> Void) -> Bool {
        guard let aff = DictionaryForms.read(affixPath), let dic = FileManager.default.contents(atPath: dictionaryPath) else { return false }
        guard let affixes = Affixes(parsing: aff) else { return false }
        let bytes = [UInt8](dic)
        var lineStart = 0
        var firstLine = true
        var stem: [Unicode.Scalar] = []
        var flags: [Unicode.Scalar] = []
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            if firstLine { firstLine = false; continue }  // the entry count
            // "word/FLAGS<tab or space>morphology"; a slash escaped with a backslash belongs to the word.
            var wordEnd = lineStart
            var slash = -1
            while wordEnd < lineEnd {
                let b = bytes[wordEnd]
                if b == 0x09 || b == 0x20 || b == 0x0D { break }
                if b == 0x2F, slash < 0, wordEnd > lineStart, bytes[wordEnd - 1] != 0x5C { slash = wordEnd }
                wordEnd += 1
            }
            let stemEnd = slash >= 0 ? slash : wordEnd
            guard stemEnd > lineStart else { continue }
            stem.removeAll(keepingCapacity: true)
            flags.removeAll(keepingCapacity: true)
            if bytes[lineStart..<stemEnd].allSatisfy({ $0 < 0x80 }) {
                for b in bytes[lineStart..<stemEnd] { stem.append(Unicode.Scalar(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)) }
            } else {
                stem.append(contentsOf: String(decoding: bytes[lineStart..<stemEnd], as: UTF8.self).lowercased().unicodeScalars)
            }
            if slash >= 0 { flags.append(contentsOf: String(decoding: bytes[(slash + 1)..<wordEnd], as: UTF8.self).unicodeScalars) }
            affixes.forEachForm(of: stem, flags: flags, body)
        }
        return true
    }

    /// False means certainly not a form of the dictionary (lower case).
    func mayContain(_ hash: UInt64) -> Bool { table.contains(hash) }

    private static func read(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1)
    }

    /// The prefix and suffix rules of an affix file, by flag.
    struct Affixes {
        struct Rule {
            var strip: [Unicode.Scalar]
            var add: [Unicode.Scalar]
            /// One entry a position: the letters allowed there (negated: the letters not allowed); nil for any.
            var condition: [(Set<Unicode.Scalar>, negated: Bool)?]
        }
        struct Group {
            var cross: Bool
            var rules: [Rule] = []
        }
        var prefixes: [Unicode.Scalar: Group] = [:]
        var suffixes: [Unicode.Scalar: Group] = [:]

        init?(parsing text: String) {
            for raw in text.split(whereSeparator: \.isNewline) {
                let fields = raw.split(whereSeparator: { $0 == " " || $0 == "\t" })
                guard let keyword = fields.first else { continue }
                if keyword == "FLAG" || keyword == "AF" || keyword == "COMPLEXPREFIXES" {
                    // Flags of more than one character, or flags by number: not followed here.
                    if keyword == "FLAG", fields.count > 1, fields[1].uppercased() == "UTF-8" { continue }
                    return nil
                }
                guard keyword == "PFX" || keyword == "SFX", fields.count >= 4, fields[1].unicodeScalars.count == 1 else { continue }
                let flag = fields[1].unicodeScalars.first!
                let isPrefix = keyword == "PFX"
                // "SFX flag Y|N count" opens a group; a flag's rules follow it.
                let existing = isPrefix ? prefixes[flag] : suffixes[flag]
                if fields[2] == "Y" || fields[2] == "N", Int(fields[3]) != nil, fields.count == 4 || existing == nil {
                    let group = Group(cross: fields[2] == "Y")
                    if isPrefix { prefixes[flag] = group } else { suffixes[flag] = group }
                    continue
                }
                guard fields.count >= 5 else { continue }
                let addField = fields[3]
                if addField.contains("/") { return nil }  // continuation classes
                let strip = fields[2] == "0" ? [] : Array(fields[2].lowercased().unicodeScalars)
                let add = addField == "0" ? [] : Array(addField.lowercased().unicodeScalars)
                let rule = Rule(strip: strip, add: add, condition: Affixes.condition(String(fields[4]).lowercased()))
                if isPrefix { prefixes[flag]?.rules.append(rule) } else { suffixes[flag]?.rules.append(rule) }
            }
        }

        static func condition(_ text: String) -> [(Set<Unicode.Scalar>, negated: Bool)?] {
            if text == "." { return [] }
            var out: [(Set<Unicode.Scalar>, negated: Bool)?] = []
            var scalars = text.unicodeScalars.makeIterator()
            while let c = scalars.next() {
                if c == "." { out.append(nil); continue }
                guard c == "[" else { out.append(([c], false)); continue }
                var set = Set<Unicode.Scalar>()
                var negated = false
                var firstInSet = true
                while let d = scalars.next(), d != "]" {
                    if firstInSet && d == "^" { negated = true } else { set.insert(d) }
                    firstInSet = false
                }
                out.append((set, negated))
            }
            return out
        }

        private static func matches(_ condition: [(Set<Unicode.Scalar>, negated: Bool)?], _ letters: ArraySlice<Unicode.Scalar>) -> Bool {
            guard letters.count >= condition.count else { return false }
            for (c, letter) in zip(condition, letters) {
                guard let (set, negated) = c else { continue }
                if set.contains(letter) == negated { return false }
            }
            return true
        }

        /// The stem and every form its flags make, each as a prefix, the part of the stem kept and a suffix.
        func forEachForm(of stem: [Unicode.Scalar], flags: [Unicode.Scalar],
                         _ body: ([Unicode.Scalar], ArraySlice<Unicode.Scalar>, [Unicode.Scalar]) -> Void) {
            body([], stem[...], [])
            guard !flags.isEmpty else { return }
            var crossing: [(cut: Int, add: [Unicode.Scalar])] = []
            for flag in flags {
                guard let group = suffixes[flag] else { continue }
                for rule in group.rules where stem.count > rule.strip.count || (stem.count == rule.strip.count && !rule.add.isEmpty) {
                    let cut = stem.count - rule.strip.count
                    guard rule.strip.isEmpty || stem[cut...].elementsEqual(rule.strip) else { continue }
                    guard rule.condition.count <= stem.count,
                          Affixes.matches(rule.condition, stem[(stem.count - rule.condition.count)...]) else { continue }
                    body([], stem[..<cut], rule.add)
                    if group.cross { crossing.append((cut, rule.add)) }
                }
            }
            for flag in flags {
                guard let group = prefixes[flag] else { continue }
                for rule in group.rules where stem.count > rule.strip.count {
                    guard rule.strip.isEmpty || stem[..<rule.strip.count].elementsEqual(rule.strip) else { continue }
                    guard Affixes.matches(rule.condition, stem[...]) else { continue }
                    body(rule.add, stem[rule.strip.count...], [])
                    guard group.cross else { continue }
                    for (cut, add) in crossing where cut >= rule.strip.count {
                        body(rule.add, stem[rule.strip.count..<cut], add)
                    }
                }
            }
        }
    }

    static let fnvStart = FrequencyList.hash(EmptyCollection<Unicode.Scalar>())

    /// One step of `FrequencyList.hash`.
    @inline(__always) static func fnv(_ h: UInt64, _ c: Unicode.Scalar) -> UInt64 {
        (h ^ UInt64(c.value)) &* 0x0000_0100_0000_01b3
    }
}
