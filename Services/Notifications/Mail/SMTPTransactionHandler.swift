import NIOCore

/// Runs one message's SMTP transaction (MAIL FROM, RCPT TO, DATA, the content) on the
/// channel's event loop, each command written as the previous reply arrives, and completes a
/// promise with the server's acceptance of the content. Replies outside a transaction go on
/// to the next handler (greeting, EHLO, STARTTLS, AUTH, QUIT).
///
/// Why on the event loop: awaiting each reply in a task costs two thread switches per
/// command, four commands per message; here a message costs two, whatever its recipients.
final class SMTPTransactionHandler: ChannelDuplexHandler {
    typealias InboundIn = SMTPReply
    typealias InboundOut = SMTPReply
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    /// One command (or the content) and the reply codes that let the transaction go on.
    struct Step: Sendable {
        var bytes: ByteBuffer
        var accepted: [Int]
    }

    private enum State {
        case idle
        /// Waiting for the reply to `steps[next - 1]`.
        case sending(steps: [Step], next: Int, promise: EventLoopPromise<SMTPReply>)
        /// A refusal came; the server is being reset (RSET) before the caller hears of it, so
        /// the connection is ready for the next message.
        case resetting(refusal: SMTPError, promise: EventLoopPromise<SMTPReply>)
    }

    private var state = State.idle
    private var context: ChannelHandlerContext?

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        fail(SMTPError.connection("la connexion a été fermée"))
        self.context = nil
    }

    /// Starts a transaction; must be called on the channel's event loop.
    func start(_ steps: [Step], promise: EventLoopPromise<SMTPReply>) {
        guard case .idle = state, let context, context.channel.isActive, !steps.isEmpty else {
            promise.fail(SMTPError.connection("la connexion n'est pas prête pour un message"))
            return
        }
        state = .sending(steps: steps, next: 1, promise: promise)
        write(steps[0].bytes, context: context)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let reply = unwrapInboundIn(data)
        switch state {
        case .idle:
            context.fireChannelRead(data)
        case .sending(let steps, let next, let promise):
            guard steps[next - 1].accepted.contains(reply.code) else {
                state = .resetting(refusal: .refusal(reply), promise: promise)
                write(ByteBuffer(string: "RSET\r\n"), context: context)
                return
            }
            if next == steps.count {
                state = .idle
                promise.succeed(reply)
            } else {
                state = .sending(steps: steps, next: next + 1, promise: promise)
                write(steps[next].bytes, context: context)
            }
        case .resetting(let refusal, let promise):
            // Whatever RSET got, the refusal is the answer.
            state = .idle
            promise.fail(refusal)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        fail(SMTPError(error))
        context.fireErrorCaught(error)
    }

    func channelInactive(context: ChannelHandlerContext) {
        fail(SMTPError.connection("le serveur a fermé la connexion"))
        context.fireChannelInactive()
    }

    private func write(_ bytes: ByteBuffer, context: ChannelHandlerContext) {
        let promise = context.eventLoop.makePromise(of: Void.self)
        promise.futureResult.assumeIsolated().whenFailure { [self] error in
            fail(SMTPError(error))
        }
        context.writeAndFlush(wrapOutboundOut(bytes), promise: promise)
    }

    /// Ends the transaction under way, if any, with `error`; after a refusal being reset, the
    /// refusal stays the answer.
    private func fail(_ error: SMTPError) {
        switch state {
        case .idle:
            return
        case .sending(_, _, let promise):
            state = .idle
            promise.fail(error)
        case .resetting(let refusal, let promise):
            state = .idle
            promise.fail(refusal)
        }
    }
}
