import Foundation
import Model

/// A collectivité offered to host a session ("accueillir une formation", `training.v1`);
/// its contact receives an acknowledgement.
public struct HostingOfferReceived: EventPayload {
    public static let eventType = "HostingOfferReceived"
    public static let eventVersion = 1
    public static let topic = Topic.training
    public var aggregateKey: String { offerId.description }

    public var offerId: HostingOfferID
    public var collectivite: String
    public var department: String
    public var contact: ContactPerson
    public var format: TrainingFormat
    /// The theme's label.
    public var theme: String
    /// The period the collectivité proposes, in its words.
    public var proposedDates: String
    public var receivedAt: Date

    public init(offerId: HostingOfferID, collectivite: String, department: String, contact: ContactPerson, format: TrainingFormat,
                theme: String, proposedDates: String, receivedAt: Date) {
        self.offerId = offerId
        self.collectivite = collectivite
        self.department = department
        self.contact = contact
        self.format = format
        self.theme = theme
        self.proposedDates = proposedDates
        self.receivedAt = receivedAt
    }
}
