import Foundation

/// RFC 4180 CSV: comma-separated, CRLF-free (`\n` line ends, as most tools write), a field quoted when it holds a
/// comma, a quote, a CR or a newline, quotes doubled; cells a spreadsheet would run as formulas are defused.
/// Rows are buffered and written in blocks of 64 KiB.
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
        let text = defused(text)
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A cell a spreadsheet would run as a formula (OWASP's CSV injection: it begins with `=`, `+`, `-`, `@`, a tab or
    /// a carriage return) gets a leading `'`, so it is shown as text. Headlines, sections and wording come from the
    /// articles, so anyone who can publish could otherwise plant `=HYPERLINK(...)` in the audit an editor opens.
    /// A plain number (`-1.5`) is left alone: it cannot be a formula and stays a number.
    static func defused(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !isPlainNumber(text) else { return text }
        return "'" + text
    }

    private static func isPlainNumber(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } }
    }
}
