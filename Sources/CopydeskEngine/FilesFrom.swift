/// `--files-from FILE`: the paths to check, one per line (what Spark's `RDD.pipe()` and `find` feed). A trailing
/// CR is dropped and empty lines are skipped; every other line is a path as written, spaces included. Paths that do
/// not exist become error records in the run, like missing paths on the command line.
public enum FilesFrom {
    /// `-` reads the list from `stdin` (the bytes of standard input), anything else from that file.
    public static func read(_ source: String, stdin: [UInt8]?) -> Result<[String], FileReading.Failure> {
        if source == "-" { return .success(paths(in: stdin ?? [])) }
        return FileReading.read(source).map(paths(in:)).mapError {
            FileReading.Failure(message: "--files-from: \($0.message)")
        }
    }

    public static func paths(in bytes: [UInt8]) -> [String] {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: true).compactMap { line in
            let trimmed = line.last == 0x0D ? line.dropLast() : line[...]
            return trimmed.isEmpty ? nil : String(decoding: trimmed, as: UTF8.self)
        }
    }
}
