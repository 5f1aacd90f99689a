/// Why sending failed, and whether trying again later may succeed.
enum SMTPError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The server answered 4xx: try again later.
    case transient(SMTPReply)
    /// The server answered 5xx: trying again will not help.
    case permanent(SMTPReply)
    /// The connection failed, closed, or a reply did not come in time: try again later.
    case connection(String)
    /// TLS was required and the server does not offer STARTTLS.
    case startTLSUnavailable
    /// An address cannot stand in an SMTP command or a header (line break, bracket…): refused
    /// before anything was sent, so the connection stays good.
    case unsafeAddress

    /// Whether a later attempt may succeed.
    var isTemporary: Bool {
        switch self {
        case .transient, .connection: true
        case .permanent, .startTLSUnavailable, .unsafeAddress: false
        }
    }

    /// What the logs may say: the reply's code, never its text (servers quote the recipient's address).
    var logSummary: String {
        switch self {
        case .transient(let reply), .permanent(let reply): "\(reply.code)"
        case .connection: "connection failed"
        case .startTLSUnavailable: "no STARTTLS"
        case .unsafeAddress: "unsafe address"
        }
    }

    /// The server's last reply, as the delivery log shows it.
    var description: String {
        switch self {
        case .transient(let reply), .permanent(let reply): reply.description
        case .connection(let reason): "connexion : \(reason)"
        case .startTLSUnavailable: "le serveur ne propose pas STARTTLS"
        case .unsafeAddress: "adresse invalide, refusée avant l'envoi"
        }
    }

    /// `error` as an SMTP failure: itself when it is one, otherwise a connection failure.
    init(_ error: any Error) {
        self = error as? SMTPError ?? .connection("\(error)")
    }

    /// What a reply outside the expected codes stands for: transient for a 4xx, else permanent.
    static func refusal(_ reply: SMTPReply) -> SMTPError {
        reply.isTransient ? .transient(reply) : .permanent(reply)
    }
}
