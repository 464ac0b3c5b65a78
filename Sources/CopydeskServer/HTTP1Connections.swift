import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1
import NIOHTTPTypesHTTP1

/// Hummingbird's HTTP/1 channel with one more handler: a connection the client did not ask to keep (HTTP/1.0
/// without `Connection: keep-alive`, or `Connection: close` in any version) is closed once its answer is sent, and
/// an HTTP/1.0 client that asked to keep it is told so. Hummingbird sees requests as version-free `HTTPTypes`, so
/// without this an HTTP/1.0 client such as `ab` waits for a close that never comes.
struct HTTP1Connections: ServerChildChannel {
    let inner: HTTP1Channel

    init(responder: @escaping HTTPChannelHandler.Responder) {
        inner = HTTP1Channel(responder: responder)
    }

    /// For `Application(server:)`.
    static var builder: HTTPServerBuilder {
        HTTPServerBuilder { responder in HTTP1Connections(responder: responder) }
    }

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<HTTP1Channel.Value> {
        inner.setup(channel: channel, logger: logger).flatMapThrowing { value in
            // Between NIO's HTTP/1 parts (which carry the version and keep-alive) and their conversion to HTTPTypes.
            let codec = try channel.pipeline.syncOperations.handler(type: HTTP1ToHTTPServerCodec.self)
            try channel.pipeline.syncOperations.addHandler(KeepAliveHandler(), position: .before(codec))
            return value
        }
    }

    func handle(value: HTTP1Channel.Value, logger: Logger) async {
        await inner.handle(value: value, logger: logger)
    }
}

/// Remembers, per request in order (NIO's pipelining handler answers them in order), whether the client keeps the
/// connection; after the last part of an answer to one that does not, it closes the connection.
final class KeepAliveHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    private struct Asked {
        var keepAlive: Bool
        var http10: Bool
    }

    private var pending = CircularBuffer<Asked>()

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head(let head) = unwrapInboundIn(data) {
            pending.append(Asked(keepAlive: head.isKeepAlive, http10: head.version.major == 1 && head.version.minor == 0))
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head(var head):
            if let asked = pending.first {
                if !asked.keepAlive {
                    head.headers.replaceOrAdd(name: "connection", value: "close")
                } else if asked.http10 {
                    head.headers.replaceOrAdd(name: "connection", value: "keep-alive")
                }
            }
            context.write(wrapOutboundOut(.head(head)), promise: promise)
        case .end:
            let close = pending.first.map { !$0.keepAlive } ?? false
            if !pending.isEmpty { pending.removeFirst() }
            guard close else { return context.write(data, promise: promise) }
            let written = context.eventLoop.makePromise(of: Void.self)
            let channel = context.channel
            written.futureResult.whenComplete { _ in channel.close(promise: nil) }
            written.futureResult.cascade(to: promise)
            context.writeAndFlush(data, promise: written)
        case .body:
            context.write(data, promise: promise)
        }
    }
}
