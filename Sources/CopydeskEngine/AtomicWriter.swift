import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes user files safely: a temporary file in the same folder, then a rename, so a reader never sees half a file.
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
            case .changedSinceRead(let path): return "\(path): changed since it was read; not written"
            case .outsideRoot(let path): return "\(path): links outside the repository; not written"
            case .io(let path, let message): return "\(path): \(message)"
            }
        }
    }

    /// Replaces (or creates) `path` with `bytes`.
    /// - Parameters:
    ///   - original: the file's bytes as they were read (raw, before decoding); when given, the file must still
    ///     hold exactly these bytes. Nil writes without that check (a new file, or a forced replacement).
    ///   - root: the folder a symbolic link may point into; nil allows any target.
    ///   - mode: permissions for a new file; an existing file keeps its own.
    public static func write(_ bytes: [UInt8], to path: String, original: [UInt8]? = nil, root: String? = nil,
                             mode newMode: mode_t = 0o644) throws(WriteError) {
        let exists = FileManager.default.fileExists(atPath: path)
        // A new file is judged by where its folder really is: a linked folder may lead out of `root`.
        let target = exists ? URL(fileURLWithPath: path).resolvingSymlinksInPath().path : resolvedParent(of: path)
        if let root {
            let base = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
            let full = URL(fileURLWithPath: target).standardizedFileURL.path
            guard full == base || full.hasPrefix(base.hasSuffix("/") ? base : base + "/") else {
                throw .outsideRoot(path)
            }
        }
        var mode = newMode
        if exists {
            var info = stat()
            guard stat(target, &info) == 0 else { throw .io(path, "cannot stat") }
            mode = info.st_mode & 0o7777
        }
        let stillOriginal = { () -> Bool in
            guard let original else { return true }
            return FileManager.default.contents(atPath: target).map { Array($0) == original } ?? false
        }
        guard stillOriginal() else { throw .changedSinceRead(path) }
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        var template = Array("\(folder.isEmpty ? "." : folder)/.\(name).copydesk-XXXXXX".utf8CString)
        let fd = mkstemp(&template)
        guard fd >= 0 else { throw .io(path, "cannot create a temporary file: \(String(cString: strerror(errno)))") }
        let temp = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var ok = bytes.withUnsafeBytes { buffer -> Bool in
            var written = 0
            while written < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return false }
                written += n
            }
            return true
        }
        ok = ok && fchmod(fd, mode) == 0 && fsync(fd) == 0
        close(fd)
        // A last look just before the rename narrows the window in which another writer could be overwritten.
        let unchanged = stillOriginal()
        guard ok, unchanged, rename(temp, target) == 0 else {
            unlink(temp)
            if !unchanged { throw .changedSinceRead(path) }
            throw .io(path, "cannot write")
        }
    }

    /// `path` with its folder's symbolic links resolved (the last component kept as it is).
    static func resolvedParent(of path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().resolvingSymlinksInPath().path
        return (folder.hasSuffix("/") ? folder : folder + "/") + url.lastPathComponent
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
