import NIOConcurrencyHelpers
import NIOCore
import NIOEmbedded
@testable import Notifications
import Testing

@Suite("SMTP transaction on the event loop")
struct SMTPTransactionHandlerTests {
    typealias Step = SMTPTransactionHandler.Step

    /// A connected channel with the handler, and the handler.
    private func channel() throws -> (EmbeddedChannel, SMTPTransactionHandler) {
        let handler = SMTPTransactionHandler()
        let channel = EmbeddedChannel(handler: handler)
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 25)).wait()
        return (channel, handler)
    }

    private let steps = [
        Step(bytes: ByteBuffer(string: "MAIL FROM:<rebonds@ipc.example>\r\n"), accepted: [250]),
        Step(bytes: ByteBuffer(string: "RCPT TO:<mairie@collectivite.example>\r\n"), accepted: [250, 251]),
        Step(bytes: ByteBuffer(string: "DATA\r\n"), accepted: [354]),
        Step(bytes: ByteBuffer(string: "Subject: essai\r\n\r\nBonjour\r\n.\r\n"), accepted: [250]),
    ]

    /// Starts a transaction and records its outcome as soon as it has one.
    private func start(on channel: EmbeddedChannel, _ handler: SMTPTransactionHandler) -> NIOLockedValueBox<Result<SMTPReply, any Error>?> {
        let outcome = NIOLockedValueBox<Result<SMTPReply, any Error>?>(nil)
        let promise = channel.eventLoop.makePromise(of: SMTPReply.self)
        promise.futureResult.whenComplete { result in outcome.withLockedValue { $0 = result } }
        handler.start(steps, promise: promise)
        return outcome
    }

    private func written(_ channel: EmbeddedChannel) throws -> String? {
        try channel.readOutbound(as: ByteBuffer.self).map { String(buffer: $0) }
    }

    @Test("Each command is written once the previous one is accepted; the content's acceptance is the answer")
    func accepted() throws {
        let (channel, handler) = try channel()
        let outcome = start(on: channel, handler)
        for (index, reply) in [250, 250, 354].enumerated() {
            #expect(try written(channel) == String(buffer: steps[index].bytes))
            #expect(try written(channel) == nil)
            try channel.writeInbound(SMTPReply(code: reply, lines: ["OK"]))
        }
        #expect(try written(channel) == String(buffer: steps[3].bytes))
        #expect(outcome.withLockedValue { $0 } == nil)
        try channel.writeInbound(SMTPReply(code: 250, lines: ["2.0.0 Message accepté"]))
        let reply = try #require(try outcome.withLockedValue { $0 }?.get())
        #expect(reply == SMTPReply(code: 250, lines: ["2.0.0 Message accepté"]))
        // No reply reached the next handler during the transaction.
        #expect(try channel.readInbound(as: SMTPReply.self) == nil)
    }

    @Test("A refusal resets the transaction (RSET) before the caller hears of it; later replies go on to the next handler")
    func refusalThenReset() throws {
        let (channel, handler) = try channel()
        let outcome = start(on: channel, handler)
        _ = try written(channel)
        try channel.writeInbound(SMTPReply(code: 250, lines: ["OK"]))
        _ = try written(channel)
        let refusal = SMTPReply(code: 550, lines: ["5.1.1 Destinataire inconnu"])
        try channel.writeInbound(refusal)
        #expect(try written(channel) == "RSET\r\n")
        #expect(outcome.withLockedValue { $0 } == nil)
        try channel.writeInbound(SMTPReply(code: 250, lines: ["OK"]))
        #expect(throws: SMTPError.permanent(refusal)) { try outcome.withLockedValue { $0 }?.get() }

        let greeting = SMTPReply(code: 221, lines: ["Au revoir"])
        try channel.writeInbound(greeting)
        #expect(try channel.readInbound(as: SMTPReply.self) == greeting)
    }

    @Test("A 4xx is a transient refusal")
    func transientRefusal() throws {
        let (channel, handler) = try channel()
        let outcome = start(on: channel, handler)
        let busy = SMTPReply(code: 451, lines: ["4.3.0 Réessayez plus tard"])
        try channel.writeInbound(busy)
        try channel.writeInbound(SMTPReply(code: 250, lines: ["OK"]))
        #expect(throws: SMTPError.transient(busy)) { try outcome.withLockedValue { $0 }?.get() }
    }

    @Test("A connection closed during a transaction fails it as a connection error, and no new one starts")
    func closedMidTransaction() throws {
        let (channel, handler) = try channel()
        let outcome = start(on: channel, handler)
        try channel.close().wait()
        #expect(throws: SMTPError.self) { try outcome.withLockedValue { $0 }?.get() }
        let error = outcome.withLockedValue { $0 }.flatMap { result -> SMTPError? in
            if case .failure(let error) = result { return error as? SMTPError } else { return nil }
        }
        #expect(error?.isTemporary == true && error?.isRefusal == false)

        let again = start(on: channel, handler)
        #expect(throws: SMTPError.self) { try again.withLockedValue { $0 }?.get() }
    }

    @Test("A reply that does not come in time fails the transaction as a connection error and closes the connection")
    func replyTimeout() throws {
        let handler = SMTPTransactionHandler()
        let channel = EmbeddedChannel()
        try channel.pipeline.syncOperations.addHandler(SMTPReplyDeadline(timeout: .seconds(30)))
        try channel.pipeline.syncOperations.addHandler(handler)
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 25)).wait()
        let outcome = start(on: channel, handler)
        _ = try written(channel)
        channel.embeddedEventLoop.advanceTime(by: .seconds(29))
        #expect(outcome.withLockedValue { $0 } == nil)
        channel.embeddedEventLoop.advanceTime(by: .seconds(2))
        let error = outcome.withLockedValue { $0 }.flatMap { result -> SMTPError? in
            if case .failure(let error) = result { return error as? SMTPError } else { return nil }
        }
        #expect(error == .connection("pas de réponse du serveur dans le délai"))
        #expect(!channel.isActive)
    }
}
