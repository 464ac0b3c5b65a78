import CLibXML2

/// HTML character references (`&amp;`, `&#233;`, `&#x1F600;`) found in source bytes.
enum CharacterReference {
    /// A reference starting at `offset`: its byte length and what it decodes to (nil for a
    /// well-formed name this table does not know).
    static func parse(_ bytes: [UInt8], at offset: Int, limit: Int) -> (length: Int, value: [UInt8]?)? {
        guard offset < limit, bytes[offset] == UInt8(ascii: "&"), offset + 2 < limit else { return nil }
        if bytes[offset + 1] == UInt8(ascii: "#") { return numeric(bytes, at: offset, limit: limit) }
        var end = offset + 1
        while end < limit, end - offset <= 32, isAlphanumeric(bytes[end]) { end += 1 }
        guard end > offset + 1, end < limit, bytes[end] == UInt8(ascii: ";"),
              isLetter(bytes[offset + 1]) else { return nil }
        let name = String(decoding: bytes[(offset + 1)..<end], as: UTF8.self)
        return (end + 1 - offset, named(name))
    }

    /// The UTF-8 bytes a named reference stands for, or nil.
    static func named(_ name: String) -> [UInt8]? {
        if name == "apos" { return [UInt8(ascii: "'")] }
        guard let entry = htmlEntityLookup(name) else { return nil }
        return encode(entry.pointee.value)
    }

    private static func numeric(_ bytes: [UInt8], at offset: Int, limit: Int) -> (length: Int, value: [UInt8]?)? {
        var index = offset + 2
        let hex = index < limit && (bytes[index] | 0x20) == UInt8(ascii: "x")
        if hex { index += 1 }
        var value: UInt32 = 0
        let digitsStart = index
        while index < limit, index - digitsStart < 8 {
            let byte = bytes[index]
            if let digit = digitValue(byte, hex: hex) {
                value = value * (hex ? 16 : 10) + digit
                index += 1
            } else {
                break
            }
        }
        guard index > digitsStart, index < limit, bytes[index] == UInt8(ascii: ";") else { return nil }
        return (index + 1 - offset, encode(value))
    }

    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// UTF-8 of a code point; invalid ones become U+FFFD as HTML and CommonMark decode them.
    static func encode(_ value: UInt32) -> [UInt8] {
        let scalar = (value == 0 ? nil : Unicode.Scalar(value)) ?? "\u{FFFD}"
        return Array(String(Character(scalar)).utf8)
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }
}
