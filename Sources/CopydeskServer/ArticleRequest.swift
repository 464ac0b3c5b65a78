import CopydeskCore
import Foundation

/// The body of `POST /v1/check`: `{"text": "...", "syntax": "markdown", "path": "story.md", "language": "en_GB"}`
/// as JSON, or the same fields form-encoded (the `/` page). `path` is a label for messages and syntax only.
struct ArticleRequest: Sendable, Equatable {
    var text: String
    var syntax: Syntax
    var path: String
    var language: String?

    /// Longest `path` label accepted.
    static let maxPathLength = 1024

    /// From a JSON object; 400 for bad JSON or a missing or mistyped field, 415 for an unknown syntax.
    static func parse(json body: [UInt8]) -> Result<ArticleRequest, ServiceError> {
        guard let object = try? JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed]) else {
            return .failure(.badRequest("bad_json", "the body is not valid JSON"))
        }
        guard let fields = object as? [String: Any] else {
            return .failure(.badRequest("bad_json", "the body must be a JSON object with a \"text\" field"))
        }
        var strings: [String: String] = [:]
        for key in ["text", "syntax", "path", "language"] {
            guard let value = fields[key], !(value is NSNull) else { continue }
            guard let string = value as? String else {
                return .failure(.badRequest("bad_field", "\"\(key)\" must be a string"))
            }
            strings[key] = string
        }
        return make(strings)
    }

    /// From form fields (`application/x-www-form-urlencoded`).
    static func parse(form fields: [String: String]) -> Result<ArticleRequest, ServiceError> {
        make(fields.filter { !$0.value.isEmpty || $0.key == "text" })
    }

    private static func make(_ fields: [String: String]) -> Result<ArticleRequest, ServiceError> {
        guard let text = fields["text"] else {
            return .failure(.badRequest("missing_field", "the \"text\" field is required"))
        }
        if text.utf8.contains(0) {
            return .failure(ServiceError(.unprocessableContent, "not_text", "the text contains a NUL character; not an article"))
        }
        let path = fields["path"]
        if let path, path.count > maxPathLength || path.utf8.contains(0) || path.contains("\n") {
            return .failure(.badRequest("bad_field", "\"path\" must be a label of at most \(maxPathLength) characters on one line"))
        }
        let syntax: Syntax
        if let name = fields["syntax"] {
            guard let named = Syntax(rawValue: name) else {
                return .failure(.unsupportedMediaType(
                    "unknown syntax '\(name)'; expected one of: \(Syntax.allCases.map(\.rawValue).joined(separator: ", "))"))
            }
            syntax = named
        } else {
            syntax = path.flatMap { Syntax(pathExtension: ($0 as NSString).pathExtension) } ?? .text
        }
        if let language = fields["language"], !LanguageCode.isWellFormed(language) {
            return .failure(.badRequest("bad_language", "\"language\" must look like en_GB, en-US or en"))
        }
        let label = path.flatMap { $0.isEmpty ? nil : $0 } ?? "article." + ["markdown": "md", "html": "html", "text": "txt"][syntax.rawValue]!
        return .success(ArticleRequest(text: text, syntax: syntax, path: label, language: fields["language"]))
    }
}

/// Language tags as requests give them.
enum LanguageCode {
    /// `en`, `en_GB`, `en-GB`, `pt-BR`: two or three letters, optionally a region of two letters or three digits.
    static func isWellFormed(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false).flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }
        guard (1...2).contains(parts.count), (2...3).contains(parts[0].count), parts[0].allSatisfy({ $0.isASCII && $0.isLetter }) else {
            return false
        }
        if parts.count == 2 {
            let region = parts[1]
            return (region.count == 2 && region.allSatisfy { $0.isASCII && $0.isLetter })
                || (region.count == 3 && region.allSatisfy { $0.isASCII && $0.isNumber })
        }
        return true
    }

    /// `en_GB` → `en-GB`.
    static func tag(_ dictionary: String) -> String { dictionary.replacingOccurrences(of: "_", with: "-") }
}

/// `application/x-www-form-urlencoded` bodies and query strings.
enum FormDecoding {
    /// Fields by name (the last of a repeated name wins), or nil when a value is not valid UTF-8 once decoded.
    static func fields(_ body: [UInt8]) -> [String: String]? {
        var out: [String: String] = [:]
        for pair in body.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(parts[0]), let value = decode(parts.count > 1 ? parts[1] : []) else { return nil }
            out[name] = value
        }
        return out
    }

    private static func decode(_ bytes: ArraySlice<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let byte = bytes[i]
            if byte == UInt8(ascii: "+") {
                out.append(0x20)
            } else if byte == UInt8(ascii: "%"), i + 2 < bytes.endIndex, let hi = hex(bytes[i + 1]), let lo = hex(bytes[i + 2]) {
                out.append(hi << 4 | lo)
                i += 2
            } else {
                out.append(byte)
            }
            i += 1
        }
        return String(validating: out, as: UTF8.self)
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x37
        case 0x61...0x66: return byte - 0x57
        default: return nil
        }
    }
}
