import Foundation
import Model

/// An email was accepted by the SMTP server (`notifications.v1`).
public struct EmailDelivered: EventPayload {
    public static let eventType = "EmailDelivered"
    public static let eventVersion = 1
    public static let topic = Topic.notifications
    public var aggregateKey: String { messageId.description }

    public var messageId: MessageID
    public var template: String
    /// The event that caused the email.
    public var causeEventId: UUID
    /// The dossier or registration it concerns, when any (never the address: no personal data on the bus beyond need).
    public var subjectReference: String?
    public var attempts: Int
    public var deliveredAt: Date

    public init(messageId: MessageID, template: String, causeEventId: UUID, subjectReference: String?, attempts: Int, deliveredAt: Date) {
        self.messageId = messageId
        self.template = template
        self.causeEventId = causeEventId
        self.subjectReference = subjectReference
        self.attempts = attempts
        self.deliveredAt = deliveredAt
    }
}
