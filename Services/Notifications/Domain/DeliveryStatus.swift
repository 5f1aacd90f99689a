/// Where a message stands in the delivery log.
enum DeliveryStatus: String, Codable, Sendable, CaseIterable {
    case queued
    case sent
    case failed

    /// How the back-office page says it.
    var frenchLabel: String {
        switch self {
        case .queued: "en file d'attente"
        case .sent: "envoyé"
        case .failed: "échec"
        }
    }
}
