import Foundation
import Model

/// Staff answered a hosting offer (`training.v1`): accepted, with the session created from
/// it, or declined with a message; the collectivité's contact is told.
public struct HostingOfferAnswered: EventPayload {
    public static let eventType = "HostingOfferAnswered"
    public static let eventVersion = 1
    public static let topic = Topic.training
    public var aggregateKey: String { offerId.description }

    public var offerId: HostingOfferID
    public var collectivite: String
    public var contact: ContactPerson
    public var accepted: Bool
    /// Staff's message to the collectivité (the reason, when declined).
    public var message: String?
    /// The session created from an accepted offer, and its start.
    public var sessionId: TrainingSessionID?
    public var sessionTitle: String?
    public var startsAt: Date?
    public var answeredAt: Date

    public init(offerId: HostingOfferID, collectivite: String, contact: ContactPerson, accepted: Bool, message: String?,
                sessionId: TrainingSessionID?, sessionTitle: String?, startsAt: Date?, answeredAt: Date) {
        self.offerId = offerId
        self.collectivite = collectivite
        self.contact = contact
        self.accepted = accepted
        self.message = message
        self.sessionId = sessionId
        self.sessionTitle = sessionTitle
        self.startsAt = startsAt
        self.answeredAt = answeredAt
    }
}
