import Foundation

/// Reads `git cat-file --batch` output: per request `OID TYPE SIZE\n` + SIZE bytes + `\n`,
/// or `NAME missing\n` (then nil).
enum CatFileBatch {
    static func parse(_ data: Data) -> [Data?] {
        let bytes = [UInt8](data)
        var out: [Data?] = []
        var i = 0
        while i < bytes.count {
            guard let end = bytes[i...].firstIndex(of: 10) else { break }
            let header = String(decoding: bytes[i..<end], as: UTF8.self).split(separator: " ")
            i = end + 1
            guard header.count == 3, let size = Int(header[2]), i + size <= bytes.count else {
                out.append(nil)
                continue
            }
            out.append(Data(bytes[i..<(i + size)]))
            i += size + 1
        }
        return out
    }
}
