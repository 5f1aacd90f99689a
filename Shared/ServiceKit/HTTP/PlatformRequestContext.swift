import Hummingbird
import NIOCore

/// The request context of every service's router: hummingbird's basic context, and the
/// address of the peer that opened the connection (the client, or the reverse proxy in front
/// of the service), which sign-in limits count by.
public struct PlatformRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The connection's peer.
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress
    }
}
