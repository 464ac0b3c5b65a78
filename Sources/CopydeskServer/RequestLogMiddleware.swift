import Foundation
import Hummingbird
import Logging

/// Answers every failure as `{"error": {"code", "message"}}` and logs one line per request: method, route,
/// status, bytes sent and milliseconds. Never the article, the query string or a header value.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as ServiceError {
            response = Responses.error(error)
        } catch let error as HTTPError {
            response = Responses.error(Self.map(error))
        } catch {
            logger.error("internal error", metadata: ["route": "\(Self.route(request, context))", "error": "\(type(of: error))"])
            response = Responses.error(ServiceError(.internalServerError, "internal", "the server failed on this request"))
        }
        let elapsed = ContinuousClock.now - start
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        logger.info("request", metadata: [
            "method": "\(request.method.rawValue)", "route": "\(Self.route(request, context))",
            "status": "\(response.status.code)", "bytes": "\(response.body.contentLength ?? 0)",
            "ms": "\(String(format: "%.1f", ms))",
        ])
        return response
    }

    /// The matched route (`/v1/check`), else the path cut to 80 characters (an unknown path is the client's text).
    static func route(_ request: Request, _ context: Context) -> String {
        if let path = context.endpointPath { return path }
        let path = request.uri.path
        return path.count > 80 ? String(path.prefix(80)) + "…" : path
    }

    static func map(_ error: HTTPError) -> ServiceError {
        switch error.status {
        case .notFound: return ServiceError(.notFound, "not_found", "no such route; see docs/openapi.yaml")
        case .methodNotAllowed: return ServiceError(.methodNotAllowed, "method_not_allowed", "this route does not take that method")
        case .contentTooLarge: return ServiceError(.contentTooLarge, "too_large", "the request body is too large")
        default:
            return ServiceError(error.status, "http_\(error.status.code)", error.body ?? error.status.reasonPhrase)
        }
    }
}
