import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a fixed file safely: a temporary file in the same folder, then a rename, so a reader never sees half a file.
///
/// Keeps the file's permissions, refuses when the file changed since it was read, and never writes through a
/// symbolic link that leads outside `root`.
public enum AtomicWriter {
    public enum WriteError: Error, Equatable, CustomStringConvertible {
        case changedSinceRead(String)
        case outsideRoot(String)
        case io(String, String)

        public var description: String {
            switch self {
            case .changedSinceRead(let path): return "\(path): changed since it was read; not fixed"
            case .outsideRoot(let path): return "\(path): links outside the repository; not fixed"
            case .io(let path, let message): return "\(path): \(message)"
            }
        }
    }

    /// Replaces `path` with `bytes`, if its content is still `original`.
    /// - Parameters:
    ///   - original: the file's bytes as they were read (raw, before decoding).
    ///   - root: the repository folder a symbolic link may point into; nil allows any target.
    public static func write(_ bytes: [UInt8], to path: String, original: [UInt8], root: String? = nil) throws(WriteError) {
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        if let root {
            let base = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
            guard target == base || target.hasPrefix(base.hasSuffix("/") ? base : base + "/") else {
                throw .outsideRoot(path)
            }
        }
        guard let current = FileManager.default.contents(atPath: target) else { throw .io(path, "cannot be read") }
        guard Array(current) == original else { throw .changedSinceRead(path) }
        var info = stat()
        guard stat(target, &info) == 0 else { throw .io(path, "cannot stat") }
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        var template = Array("\(folder)/.\(name).copydesk-XXXXXX".utf8CString)
        let fd = mkstemp(&template)
        guard fd >= 0 else { throw .io(path, "cannot create a temporary file") }
        let temp = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var ok = bytes.withUnsafeBytes { buffer -> Bool in
            var written = 0
            while written < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n <= 0 { return false }
                written += n
            }
            return true
        }
        ok = ok && fchmod(fd, info.st_mode & 0o7777) == 0 && fsync(fd) == 0
        close(fd)
        // A last look just before the rename narrows the window in which another writer could be overwritten.
        let unchanged = FileManager.default.contents(atPath: target).map { Array($0) == original } ?? false
        guard ok, unchanged, rename(temp, target) == 0 else {
            unlink(temp)
            if !unchanged { throw .changedSinceRead(path) }
            throw .io(path, "cannot write")
        }
    }

    /// Fixer output (decoded UTF-8) encoded like the original file: its UTF-8 byte-order mark or UTF-16 kept.
    public static func encode(_ utf8: [UInt8], like original: [UInt8]) -> [UInt8] {
        if original.starts(with: [0xEF, 0xBB, 0xBF]) { return [0xEF, 0xBB, 0xBF] + utf8 }
        let little = original.starts(with: [0xFF, 0xFE])
        guard little || original.starts(with: [0xFE, 0xFF]) else { return utf8 }
        var out: [UInt8] = little ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in String(decoding: utf8, as: UTF8.self).utf16 {
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            out += little ? [low, high] : [high, low]
        }
        return out
    }
}
