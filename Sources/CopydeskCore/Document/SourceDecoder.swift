/// Why a file could not be read as text.
public enum DecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    case binary(offset: Int)
    case invalidUTF8(line: Int, column: Int)
    case invalidUTF16

    public var description: String {
        switch self {
        case .binary(let offset):
            return "binary file (NUL byte at offset \(offset)); not an article"
        case .invalidUTF8(let line, let column):
            return "not valid UTF-8 (first bad byte at line \(line), column \(column)); save it as UTF-8"
        case .invalidUTF16:
            return "not valid UTF-16 despite its byte-order mark"
        }
    }
}

/// Turns a file's bytes into UTF-8 text: UTF-8 with or without a BOM, UTF-16 with a BOM.
public enum SourceDecoder {
    public static func decode(_ bytes: [UInt8]) throws(DecodingError) -> SourceText {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return try decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF)
        }
        var body = bytes
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            body = Array(bytes[3...])
        }
        if let nul = body.firstIndex(of: 0) {
            throw .binary(offset: nul)
        }
        if let bad = firstInvalidUTF8(body) {
            let prefix = SourceText(utf8: Array(body[..<bad]))
            let loc = prefix.location(at: bad)
            throw .invalidUTF8(line: loc.line, column: loc.column)
        }
        return SourceText(utf8: body)
    }

    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) throws(DecodingError) -> SourceText {
        guard bytes.count % 2 == 0 else { throw .invalidUTF16 }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var i = 2
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        var out: [UInt8] = []
        out.reserveCapacity(units.count)
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.value == 0 { throw .binary(offset: out.count) }
                out.append(contentsOf: UTF8.encode(scalar)!)
            case .emptyInput:
                break loop
            case .error:
                throw .invalidUTF16
            }
        }
        return SourceText(utf8: out)
    }

    /// Offset of the first byte that is not part of a valid UTF-8 sequence, or nil.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var minimum: UInt32
            var value: UInt32
            if b & 0xE0 == 0xC0 { length = 2; minimum = 0x80; value = UInt32(b & 0x1F) }
            else if b & 0xF0 == 0xE0 { length = 3; minimum = 0x800; value = UInt32(b & 0x0F) }
            else if b & 0xF8 == 0xF0 { length = 4; minimum = 0x10000; value = UInt32(b & 0x07) }
            else { return i }
            if i + length > n { return i }
            for k in 1..<length {
                let c = bytes[i + k]
                if c & 0xC0 != 0x80 { return i }
                value = value << 6 | UInt32(c & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return i }
            i += length
        }
        return nil
    }
}
