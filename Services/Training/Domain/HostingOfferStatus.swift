/// Where a collectivité's offer to host a session stands.
enum HostingOfferStatus: String, Codable, Sendable, CaseIterable {
    /// Waiting for staff's answer.
    case received
    /// A session was created from it.
    case accepted
    /// Declined, with a message to the collectivité.
    case declined

    var frenchLabel: String {
        switch self {
        case .received: "à étudier"
        case .accepted: "retenue"
        case .declined: "déclinée"
        }
    }
}
