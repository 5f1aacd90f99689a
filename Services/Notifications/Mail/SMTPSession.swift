import NIOCore

/// One connection to the SMTP server, greeted and ready: messages are sent one after the
/// other on it (connection reuse), each answered separately.
struct SMTPSession {
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    private var replies: NIOAsyncChannelInboundStream<SMTPReply>.AsyncIterator

    init(replies: NIOAsyncChannelInboundStream<SMTPReply>.AsyncIterator, outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>) {
        self.replies = replies
        self.outbound = outbound
    }

    /// Sends one message: MAIL FROM, RCPT TO for each addressee, DATA.
    /// - Returns: the server's acceptance of the DATA.
    /// - Throws: ``SMTPError``: transient (4xx) or permanent (5xx) refusals, or a connection failure.
    ///   After a refusal the session has been reset (RSET) and can send the next message; an
    ///   address that cannot stand in a command (``SMTPError/unsafeAddress``) is refused before any.
    mutating func send(_ message: MailMessage, envelopeFrom: String) async throws -> SMTPReply {
        // An address with a line break or a bracket would write commands of its own.
        guard MailAddress(envelopeFrom).isSafe, message.to.allSatisfy(\.isSafe) else { throw SMTPError.unsafeAddress }
        do {
            try await expect(command("MAIL FROM:<\(envelopeFrom)>"), 250)
            for addressee in message.to {
                try await expect(command("RCPT TO:<\(addressee.address)>"), 250, 251)
            }
            try await expect(command("DATA"), 354)
            try await outbound.write(ByteBuffer(bytes: MIMEEncoding.dotStuffed(message.rendered())))
            return try await expect(reply(), 250)
        } catch let error as SMTPError where error.isRefusal {
            // The server stays usable for the next message once the transaction is reset.
            _ = try? await command("RSET")
            throw error
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
        } catch let error as SMTPError {
            throw error
        } catch {
            throw SMTPError.connection("\(error)")
        }
    }

    /// The reply if its code is one of `codes`; otherwise the refusal it stands for.
    @discardableResult
    func expect(_ reply: SMTPReply, _ codes: Int...) throws -> SMTPReply {
        if codes.contains(reply.code) { return reply }
        throw reply.isTransient ? SMTPError.transient(reply) : SMTPError.permanent(reply)
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
