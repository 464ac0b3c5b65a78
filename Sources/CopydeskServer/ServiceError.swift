import Foundation
import Hummingbird

/// A refused request: its HTTP status, a stable code for programs and a message for people.
/// Written as `{"error": {"code": "...", "message": "..."}}`.
public struct ServiceError: Error, Sendable, Equatable {
    public var status: HTTPResponse.Status
    public var code: String
    public var message: String

    public init(_ status: HTTPResponse.Status, _ code: String, _ message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    static func badRequest(_ code: String, _ message: String) -> ServiceError { ServiceError(.badRequest, code, message) }

    static func unsupportedMediaType(_ message: String) -> ServiceError {
        ServiceError(.unsupportedMediaType, "unsupported_media_type", message)
    }

    static func tooLarge(_ limit: Int) -> ServiceError {
        ServiceError(.contentTooLarge, "too_large", "the request body is over the limit of \(limit) bytes (--max-bytes)")
    }

    static func notUTF8(_ what: String) -> ServiceError {
        ServiceError(.unprocessableContent, "not_utf8", "\(what) is not valid UTF-8")
    }

    static let unauthorized = ServiceError(.unauthorized, "unauthorized", "send the token as 'Authorization: Bearer TOKEN'")
    static let loading = ServiceError(.serviceUnavailable, "loading", "dictionaries and configuration are still loading; retry shortly")

    static func timeout(_ limit: Duration) -> ServiceError {
        ServiceError(.gatewayTimeout, "timeout", "the check took longer than \(ServeDuration.format(limit)) (--timeout)")
    }

    /// The JSON body.
    var body: String {
        "{\"error\":{\"code\":\(Self.quote(code)),\"message\":\(Self.quote(message))}}"
    }

    static func quote(_ text: String) -> String {
        let data = (try? JSONEncoder.sorted.encode(text)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

extension JSONEncoder {
    /// Sorted keys, slashes as written: the house JSON.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

/// `--timeout` values: `10s`, `500ms`, `2m`, or plain seconds.
public enum ServeDuration {
    public static func parse(_ text: String) -> Duration? {
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60)]
        for (suffix, scale) in units where text.hasSuffix(suffix) {
            guard let value = Double(text.dropLast(suffix.count)), value > 0, value.isFinite else { return nil }
            return .milliseconds(Int64((value * scale * 1000).rounded()))
        }
        guard let value = Double(text), value > 0, value.isFinite else { return nil }
        return .milliseconds(Int64((value * 1000).rounded()))
    }

    static func format(_ duration: Duration) -> String {
        let ms = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
        return ms % 1000 == 0 ? "\(ms / 1000) s" : "\(ms) ms"
    }
}
