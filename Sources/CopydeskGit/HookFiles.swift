import Foundation

/// File operations for hooks: existence without following links, the marker check, atomic writes, moves.
enum HookFiles {
    /// True for anything at `path`, a dangling symbolic link included.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// A regular file (not a link) whose first lines carry Copydesk's marker.
    static func isCopydeskHook(_ path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
              let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = String(decoding: handle.readData(ofLength: 512), as: UTF8.self)
        return head.split(separator: "\n").prefix(3).contains { $0.hasPrefix(HookScript.marker) }
    }

    /// Writes `text` to a temporary file beside `path`, makes it 0755 and renames it over `path`.
    static func writeAtomically(_ text: String, to path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = "\(directory)/.\(name).copydesk-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else { throw HookError.writeFailed(path: path, reason: errnoText()) }
        var ok = true
        let bytes = Array(text.utf8)
        var written = 0
        while ok && written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n > 0 { written += n } else if errno != EINTR { ok = false }
        }
        ok = ok && fchmod(fd, 0o755) == 0 && fsync(fd) == 0
        let reason = ok ? "" : errnoText()
        close(fd)
        guard ok, rename(temporary, path) == 0 else {
            let why = ok ? errnoText() : reason
            unlink(temporary)
            throw HookError.writeFailed(path: path, reason: why)
        }
    }

    /// Renames `source` to `destination` (same folder, so atomic), keeping its bytes and mode.
    static func move(_ source: String, to destination: String) throws {
        guard rename(source, destination) == 0 else {
            throw HookError.writeFailed(path: destination, reason: errnoText())
        }
    }

    private static func errnoText() -> String {
        String(cString: strerror(errno))
    }
}
