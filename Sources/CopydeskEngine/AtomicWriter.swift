import Foundation

/// Writes user files safely: a temporary file in the same folder, then a rename; permissions kept;
/// refuses to overwrite a file that changed since it was read.
public enum AtomicWriter {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Writes `bytes` to `path`. When `expected` is given, the file must still hold exactly those bytes.
    public static func write(_ bytes: [UInt8], to path: String, expected: [UInt8]? = nil, mode defaultMode: mode_t = 0o644) throws(Failure) {
        var info = stat()
        var mode = defaultMode
        if lstat(path, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFLNK {
                throw Failure(description: "\(path): is a symbolic link; not writing through it")
            }
            mode = info.st_mode & 0o7777
        }
        if let expected {
            guard case .success(let current) = FileReading.read(path), current == expected else {
                throw Failure(description: "\(path): changed since it was read; not overwriting it")
            }
        }
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (directory.isEmpty ? "." : directory) + "/.\(name).copydesk-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard fd >= 0 else {
            throw Failure(description: "\(path): cannot write: \(String(cString: strerror(errno)))")
        }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + written, bytes.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                let message = String(cString: strerror(errno))
                close(fd)
                unlink(temporary)
                throw Failure(description: "\(path): cannot write: \(message)")
            }
            written += n
        }
        fchmod(fd, mode)
        fsync(fd)
        close(fd)
        guard rename(temporary, path) == 0 else {
            let message = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(description: "\(path): cannot replace: \(message)")
        }
    }
}
