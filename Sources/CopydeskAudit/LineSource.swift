import CZlib
import Foundation

/// The lines of one results file, gzip-compressed or plain (zlib reads both, and concatenated gzip members, so
/// `cat shard-*.jsonl.gz` works), read in blocks: memory follows the longest line, never the file.
final class LineSource {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let name: String
    private let file: gzFile

    /// `-` reads standard input.
    init(path: String) throws {
        name = path == "-" ? "<stdin>" : path
        var info = stat()
        if path != "-" {
            guard stat(path, &info) == 0 else { throw Failure(description: "\(path): cannot read: \(String(cString: strerror(errno)))") }
            if info.st_mode & S_IFMT == S_IFDIR { throw Failure(description: "\(path): is a folder, not a results file") }
        }
        let opened = path == "-" ? gzdopen(dup(STDIN_FILENO), "rb") : gzopen(path, "rb")
        guard let opened else { throw Failure(description: "\(name): cannot open: \(String(cString: strerror(errno)))") }
        file = opened
        gzbuffer(file, 1 << 18)
    }

    deinit { gzclose(file) }

    /// Calls `body` with each line (without its newline; a trailing CR is kept for the caller) and its 1-based
    /// number. A last line without a newline is still a line.
    func forEachLine(_ body: (ArraySlice<UInt8>, Int) -> Void) throws {
        var buffer = [UInt8](repeating: 0, count: 1 << 18)
        var pending: [UInt8] = []
        var number = 0
        while true {
            let n = buffer.withUnsafeMutableBytes { gzread(file, $0.baseAddress, UInt32($0.count)) }
            if n < 0 {
                var code: Int32 = 0
                let message = gzerror(file, &code).map { String(cString: $0) } ?? "read error"
                throw Failure(description: "\(name): after line \(number): \(message)")
            }
            if n == 0 { break }
            var start = 0
            let count = Int(n)
            while let newline = buffer[start..<count].firstIndex(of: 0x0A) {
                number += 1
                if pending.isEmpty {
                    body(buffer[start..<newline], number)
                } else {
                    pending += buffer[start..<newline]
                    body(pending[...], number)
                    pending.removeAll(keepingCapacity: true)
                }
                start = newline + 1
            }
            pending += buffer[start..<count]
        }
        if !pending.isEmpty {
            number += 1
            body(pending[...], number)
        }
    }
}
