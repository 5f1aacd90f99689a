import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// Opens SMTP sessions: connection, greeting, EHLO, STARTTLS and AUTH as the settings say,
/// then as many messages as the caller sends, then QUIT.
struct SMTPClient: Sendable {
    let settings: SMTPSettings

    /// Runs `body` on a ready session; the connection is closed afterwards, whatever happens.
    func withSession<Result: Sendable>(_ body: (inout SMTPSession) async throws -> Result) async throws -> Result {
        let channel: NIOAsyncChannel<SMTPReply, ByteBuffer>
        let deadline = TimeAmount(settings.replyTimeout)
        do {
            channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connectTimeout(TimeAmount(settings.connectTimeout))
                .connect(host: settings.host, port: settings.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPReplyDecoder()))
                        try channel.pipeline.syncOperations.addHandler(SMTPReplyDeadline(timeout: deadline))
                        try channel.pipeline.syncOperations.addHandler(SMTPTransactionHandler())
                        return try NIOAsyncChannel<SMTPReply, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
        } catch {
            throw SMTPError.connection("\(settings.host):\(settings.port) injoignable (\(error))")
        }
        return try await channel.executeThenClose { inbound, outbound in
            let transactions = try await channel.channel.pipeline.handler(type: SMTPTransactionHandler.self).map {
                NIOLoopBound($0, eventLoop: channel.channel.eventLoop)
            }.get()
            var session = SMTPSession(replies: inbound.makeAsyncIterator(), outbound: outbound, transactions: transactions)
            try session.expect(try await session.reply(), 220)
            var capabilities = try await hello(&session)
            if settings.tls != .off {
                if capabilities.contains("STARTTLS") {
                    try session.expect(try await session.command("STARTTLS"), 220)
                    let context = try tlsContext(), hostname = serverHostname
                    // The handler is made and added on the channel's loop, in front of the decoders.
                    try await channel.channel.eventLoop.submit {
                        try channel.channel.pipeline.syncOperations.addHandler(
                            try NIOSSLClientHandler(context: context, serverHostname: hostname), position: .first)
                    }.get()
                    capabilities = try await hello(&session)
                } else if settings.tls == .required {
                    throw SMTPError.startTLSUnavailable
                }
            }
            if let credentials = settings.credentials {
                try await authenticate(&session, credentials, capabilities: capabilities)
            }
            let result = try await body(&session)
            await session.quit()
            return result
        }
    }

    /// EHLO; returns the extensions the server announces, upper-cased (`STARTTLS`, `AUTH PLAIN LOGIN`…).
    private func hello(_ session: inout SMTPSession) async throws -> [String] {
        let reply = try session.expect(try await session.command("EHLO \(settings.clientName)"), 250)
        return reply.lines.dropFirst().map { $0.uppercased() }
    }

    private func authenticate(_ session: inout SMTPSession, _ credentials: SMTPCredentials, capabilities: [String]) async throws {
        let mechanisms = capabilities.first { $0.hasPrefix("AUTH ") }?.split(separator: " ").dropFirst().map(String.init) ?? []
        let base64 = { (text: String) in Data(text.utf8).base64EncodedString() }
        if mechanisms.contains("PLAIN") || !mechanisms.contains("LOGIN") {
            try session.expect(try await session.command("AUTH PLAIN \(base64("\0\(credentials.username)\0\(credentials.password)"))"), 235)
        } else {
            try session.expect(try await session.command("AUTH LOGIN"), 334)
            try session.expect(try await session.command(base64(credentials.username)), 334)
            try session.expect(try await session.command(base64(credentials.password)), 235)
        }
    }

    private func tlsContext() throws -> NIOSSLContext {
        var configuration = TLSConfiguration.makeClientConfiguration()
        if let file = settings.trustedCertificatesFile {
            configuration.additionalTrustRoots = [.file(file)]
        }
        return try NIOSSLContext(configuration: configuration)
    }

    /// The name the certificate must carry; for an IP address, its subjectAltName is checked instead.
    private var serverHostname: String? {
        settings.host.allSatisfy { $0.isHexDigit || $0 == "." || $0 == ":" } ? nil : settings.host
    }
}
