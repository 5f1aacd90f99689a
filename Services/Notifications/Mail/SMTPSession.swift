import NIOCore

/// One connection to the SMTP server, greeted and ready: messages are sent one after the
/// other on it (connection reuse), each answered separately.
struct SMTPSession {
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    private var replies: NIOAsyncChannelInboundStream<SMTPReply>.AsyncIterator
    /// Where messages go: their transactions run on the event loop (see ``SMTPTransactionHandler``).
    private let transactions: NIOLoopBound<SMTPTransactionHandler>

    init(replies: NIOAsyncChannelInboundStream<SMTPReply>.AsyncIterator, outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>,
         transactions: NIOLoopBound<SMTPTransactionHandler>) {
        self.replies = replies
        self.outbound = outbound
        self.transactions = transactions
    }

    /// Sends one message: MAIL FROM, RCPT TO for each addressee, DATA.
    /// - Returns: the server's acceptance of the DATA.
    /// - Throws: ``SMTPError``: transient (4xx) or permanent (5xx) refusals, or a connection failure.
    ///   After a refusal the session has been reset (RSET) and can send the next message; an
    ///   address that cannot stand in a command (``SMTPError/unsafeAddress``) is refused before any.
    func send(_ message: MailMessage, envelopeFrom: String) async throws -> SMTPReply {
        // An address with a line break or a bracket would write commands of its own.
        guard MailAddress(envelopeFrom).isSafe, message.to.allSatisfy(\.isSafe) else { throw SMTPError.unsafeAddress }
        typealias Step = SMTPTransactionHandler.Step
        let steps = [Step(bytes: ByteBuffer(string: "MAIL FROM:<\(envelopeFrom)>\r\n"), accepted: [250])]
            + message.to.map { Step(bytes: ByteBuffer(string: "RCPT TO:<\($0.address)>\r\n"), accepted: [250, 251]) }
            + [Step(bytes: ByteBuffer(string: "DATA\r\n"), accepted: [354]),
               Step(bytes: ByteBuffer(bytes: MIMEEncoding.dotStuffed(message.rendered())), accepted: [250])]
        let transactions = self.transactions, promise = transactions.eventLoop.makePromise(of: SMTPReply.self)
        transactions.eventLoop.execute { transactions.value.start(steps, promise: promise) }
        do {
            return try await promise.futureResult.get()
        } catch {
            throw SMTPError(error)
        }
    }

    /// Says goodbye; the server's answer does not matter any more.
    mutating func quit() async {
        _ = try? await command("QUIT")
    }

    /// Writes a command line and reads its reply.
    mutating func command(_ line: String) async throws -> SMTPReply {
        try await outbound.write(ByteBuffer(string: line + "\r\n"))
        return try await reply()
    }

    /// The next reply; ``SMTPReplyDeadline`` closes the connection when none comes in time.
    mutating func reply() async throws -> SMTPReply {
        do {
            guard let reply = try await replies.next() else { throw SMTPError.connection("le serveur a fermé la connexion") }
            return reply
        } catch {
            throw SMTPError(error)
        }
    }

    /// The reply if its code is one of `codes`; otherwise the refusal it stands for.
    @discardableResult
    func expect(_ reply: SMTPReply, _ codes: Int...) throws -> SMTPReply {
        if codes.contains(reply.code) { return reply }
        throw SMTPError.refusal(reply)
    }
}

extension SMTPError {
    /// A refusal (by the server, or of an address before any command), after which the
    /// connection is still good.
    var isRefusal: Bool {
        switch self {
        case .transient, .permanent, .unsafeAddress: true
        default: false
        }
    }
}
