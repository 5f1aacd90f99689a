/// Why a fetch gave no response.
enum FetchError: Error, Sendable, Equatable {
    case refused(CrawlRefusal)
    /// The TLS handshake failed on the certificate (self-signed, expired, another name…).
    case certificate(String)
    case timeout
    case unreachable(String)

    var explanation: String {
        switch self {
        case .refused(let refusal): refusal.explanation
        case .certificate(let detail): "Le certificat HTTPS n'est pas valide (\(detail))."
        case .timeout: "Le site n'a pas répondu dans le délai imparti."
        case .unreachable(let detail): "Le site est injoignable (\(detail))."
        }
    }
}
