import Foundation
import Model

/// A collectivité's offer to host a session ("accueillir une formation"): what it proposes,
/// its room, and whom to answer.
struct HostingOffer: Codable, Sendable, Equatable {
    var id: HostingOfferID
    var collectivite: String
    /// Its INSEE or SIREN code, when given.
    var collectiviteCode: String?
    var department: String
    var contactName: String
    var contactEmail: String
    var contactPhone: String?
    var kind: TrainingFormat
    var audience: Audience
    var theme: Theme
    /// The period proposed, in the collectivité's words ("un mardi matin de mars").
    var proposedDates: String
    var town: String
    var address: String
    var room: String
    var capacity: Int
    var internetConnection: Bool
    var stepFreeAccess: Bool
    var message: String?
    var status: HostingOfferStatus
    /// Staff's message with the answer.
    var answer: String?
    /// The session created from the offer, once accepted.
    var sessionId: TrainingSessionID?
    var receivedAt: Date
    var answeredAt: Date?

    /// The session form the offer fills in, for staff to complete (title, times, trainer).
    var sessionForm: SessionForm {
        SessionForm(kind: kind, audience: audience, title: nil, theme: theme.code, description: nil, host: collectivite,
                    department: department, town: town, address: address, room: room, internetConnection: internetConnection,
                    stepFreeAccess: stepFreeAccess, startsAt: nil, endsAt: nil, trainer: nil, capacity: capacity, cancellationDeadline: nil)
    }
}
