import Foundation
import Hummingbird

/// Building the service's responses: JSON, pages and errors, every one with its content type.
enum Responses {
    static func json(_ body: String, status: HTTPResponse.Status = .ok) -> Response {
        make(body, status: status, type: "application/json; charset=utf-8")
    }

    static func json<T: Encodable>(encoding value: T, status: HTTPResponse.Status = .ok) -> Response {
        let data = (try? JSONEncoder.sorted.encode(value)) ?? Data("null".utf8)
        return json(String(decoding: data, as: UTF8.self), status: status)
    }

    static func error(_ error: ServiceError) -> Response {
        var response = json(error.body, status: error.status)
        if error.status == .unauthorized { response.headers[.wwwAuthenticate] = "Bearer" }
        if error.status == .serviceUnavailable { response.headers[.retryAfter] = "1" }
        return response
    }

    /// An HTML page under a Content-Security-Policy header (the page carries the same policy in a meta tag).
    static func page(_ html: String, csp: String, status: HTTPResponse.Status = .ok) -> Response {
        var response = make(html, status: status, type: "text/html; charset=utf-8")
        response.headers[.contentSecurityPolicy] = csp
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPFields.referrerPolicy] = "no-referrer"
        return response
    }

    static func make(_ body: String, status: HTTPResponse.Status, type: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
}

/// The two body types the service reads.
enum BodyKind {
    case json
    case form

    /// From the Content-Type header; 415 for any other type or a charset other than UTF-8.
    static func of(_ request: Request, allowMissing: Bool = false) -> Result<BodyKind, ServiceError> {
        guard let header = request.headers[.contentType] else {
            return allowMissing ? .success(.form)
                : .failure(.unsupportedMediaType("send Content-Type: application/json or application/x-www-form-urlencoded"))
        }
        let parts = header.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        for parameter in parts.dropFirst() where parameter.hasPrefix("charset=") {
            let charset = parameter.dropFirst("charset=".count).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            if charset != "utf-8" && charset != "utf8" {
                return .failure(.unsupportedMediaType("charset '\(charset)' is not supported; send UTF-8"))
            }
        }
        switch parts.first ?? "" {
        case "application/json": return .success(.json)
        case "application/x-www-form-urlencoded": return .success(.form)
        case let other:
            return .failure(.unsupportedMediaType("content type '\(other)' is not supported; send application/json or application/x-www-form-urlencoded"))
        }
    }
}

extension HTTPFields {
    /// `Referrer-Policy`, which HTTPTypes does not name.
    static let referrerPolicy = HTTPFields.Element.Name("Referrer-Policy")!
}
