import Events
import Foundation

/// A person's request about their data, as staff follow it: which services have confirmed.
struct PersonalDataRequest: Codable, Sendable, Equatable {
    /// The services that keep personal data and must each confirm.
    static let services = ["applications", "jury", "training", "resources", "notifications"]

    /// One service's confirmation.
    struct Confirmation: Codable, Sendable, Equatable {
        var service: String
        var recordCount: Int
        var processedAt: Date
    }

    var id: UUID
    var kind: PersonalDataRequestKind
    /// The address, masked (« é•••@mairie-foix.example »).
    var subject: String
    var requestedAt: Date
    var confirmations: [Confirmation]

    /// The services that have not confirmed yet.
    var waitingFor: [String] { Self.services.filter { service in !confirmations.contains { $0.service == service } } }
    var isComplete: Bool { waitingFor.isEmpty }

    /// The address as the request keeps it: its first letter and its domain.
    static func mask(_ email: String) -> String {
        let parts = email.split(separator: "@", maxSplits: 1)
        guard parts.count == 2, let first = parts[0].first else { return "•••" }
        return "\(first)•••@\(parts[1])"
    }
}
