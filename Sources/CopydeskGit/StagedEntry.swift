import Foundation

/// One record of `git diff --raw -z`: `:OLDMODE NEWMODE OLDSHA NEWSHA STATUS\0PATH\0`.
struct StagedEntry: Equatable {
    var mode: String
    var status: String
    var path: String

    static func parse(_ data: Data) -> [StagedEntry] {
        let fields = data.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        var entries: [StagedEntry] = []
        var i = 0
        while i + 1 < fields.count {
            let meta = fields[i].split(separator: " ")
            if fields[i].hasPrefix(":"), meta.count >= 5 {
                entries.append(StagedEntry(mode: String(meta[1]), status: String(meta[4]), path: fields[i + 1]))
            }
            i += 2
        }
        return entries
    }
}
