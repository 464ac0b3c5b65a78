import Foundation

/// RFC 4180 CSV: comma-separated, CRLF-free (`\n` line ends, as most tools write), a field quoted when it holds a
/// comma, a quote, a CR or a newline, quotes doubled. Rows are buffered and written in blocks of 64 KiB.
final class CSVTable {
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    init(path: String, header: [String]) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw LineSource.Failure(description: "\(path): cannot create the file")
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        row(header)
    }

    func row(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.append(0x2C) }
            buffer += Self.field(field).utf8
        }
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }

    func close() throws {
        flush()
        try handle.close()
    }

    private func flush() {
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
