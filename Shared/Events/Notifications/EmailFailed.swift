import Foundation
import Model

/// An email could not be delivered: refused for good, or out of attempts (`notifications.v1`).
public struct EmailFailed: EventPayload {
    public static let eventType = "EmailFailed"
    public static let eventVersion = 1
    public static let topic = Topic.notifications
    public var aggregateKey: String { messageId.description }

    public var messageId: MessageID
    public var template: String
    public var causeEventId: UUID
    public var subjectReference: String?
    public var attempts: Int
    /// The SMTP server's last reply or the connection error.
    public var lastReply: String
    /// `true` for a 5xx refusal, `false` when retries ran out.
    public var permanent: Bool
    public var failedAt: Date

    public init(messageId: MessageID, template: String, causeEventId: UUID, subjectReference: String?, attempts: Int,
                lastReply: String, permanent: Bool, failedAt: Date) {
        self.messageId = messageId
        self.template = template
        self.causeEventId = causeEventId
        self.subjectReference = subjectReference
        self.attempts = attempts
        self.lastReply = lastReply
        self.permanent = permanent
        self.failedAt = failedAt
    }
}
