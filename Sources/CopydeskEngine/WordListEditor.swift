import Foundation

/// Appends words to a hunspell personal word list, safely and without duplicates.
public enum WordListEditor {
    /// Returns the words that were new. `root`: a symbolic link (the list or a folder on its way) may not lead out of it.
    public static func append(_ words: [String], to path: String, root: String? = nil) throws -> [String] {
        var existing: [UInt8] = []
        if FileManager.default.fileExists(atPath: path) {
            switch FileReading.read(path) {
            case .success(let bytes): existing = bytes
            case .failure(let failure): throw AtomicWriter.WriteError.io(path, failure.message)
            }
        }
        let text = String(decoding: existing, as: UTF8.self)
        let present = Set(text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) })
        var added: [String] = []
        for word in words {
            let trimmed = word.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.contains("\n"), !present.contains(trimmed), !added.contains(trimmed) else { continue }
            added.append(trimmed)
        }
        guard !added.isEmpty else { return [] }
        var out = existing
        if let last = out.last, last != 0x0A { out.append(0x0A) }
        out += Array((added.joined(separator: "\n") + "\n").utf8)
        try AtomicWriter.write(out, to: path, original: FileManager.default.fileExists(atPath: path) ? existing : nil, root: root)
        return added
    }
}
