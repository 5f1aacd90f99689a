import NIOCore
import NIOConcurrencyHelpers
import NIOPosix

/// A loopback TCP forwarder that a test opens and closes to make a dependency vanish and
/// come back at the same address.
final class TCPProxy: Sendable {
    let port: Int
    private let targetHost: String
    private let targetPort: Int
    private let serverChannel: NIOLockedValueBox<(any Channel)?> = NIOLockedValueBox(nil)

    init(port: Int, targetHost: String, targetPort: Int) {
        self.port = port
        self.targetHost = targetHost
        self.targetPort = targetPort
    }

    /// A port that was free a moment ago.
    static func freePort() async throws -> Int {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton).bind(host: "127.0.0.1", port: 0).get()
        let port = channel.localAddress!.port!
        try await channel.close()
        return port
    }

    func open() async throws {
        let targetHost = self.targetHost
        let targetPort = self.targetPort
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.autoRead, value: false)
            .childChannelInitializer { inbound in
                ClientBootstrap(group: inbound.eventLoop)
                    .channelInitializer { outbound in
                        outbound.eventLoop.makeCompletedFuture {
                            try outbound.pipeline.syncOperations.addHandler(GlueHandler(partner: inbound))
                        }
                    }
                    .connect(host: targetHost, port: targetPort)
                    .flatMapThrowing { outbound in
                        try inbound.pipeline.syncOperations.addHandler(GlueHandler(partner: outbound))
                        inbound.read()
                    }
            }
            .bind(host: "127.0.0.1", port: port).get()
        serverChannel.withLockedValue { $0 = channel }
    }

    /// Stops listening (existing connections are left to fail on their own).
    func close() async throws {
        let channel = serverChannel.withLockedValue { channel in
            defer { channel = nil }
            return channel
        }
        try await channel?.close()
    }
}

/// Copies bytes from one channel to its partner.
private final class GlueHandler: ChannelInboundHandler, Sendable {
    typealias InboundIn = ByteBuffer

    let partner: any Channel

    init(partner: any Channel) {
        self.partner = partner
    }

    func channelActive(context: ChannelHandlerContext) {
        context.read()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        partner.writeAndFlush(unwrapInboundIn(data), promise: nil)
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        context.read()
    }

    func channelInactive(context: ChannelHandlerContext) {
        partner.close(promise: nil)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}
