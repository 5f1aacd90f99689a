import Foundation
import Model

/// A session took place (`training.v1`): staff marked it held, or recorded its attendance,
/// which marks it held.
public struct TrainingSessionHeld: EventPayload {
    public static let eventType = "TrainingSessionHeld"
    public static let eventVersion = 1
    public static let topic = Topic.training
    public var aggregateKey: String { sessionId.description }

    public var sessionId: TrainingSessionID
    public var format: TrainingFormat
    public var theme: String
    public var department: String
    public var startsAt: Date
    /// Confirmed registrations when it was marked held.
    public var confirmed: Int
    public var heldAt: Date

    public init(sessionId: TrainingSessionID, format: TrainingFormat, theme: String, department: String, startsAt: Date, confirmed: Int,
                heldAt: Date) {
        self.sessionId = sessionId
        self.format = format
        self.theme = theme
        self.department = department
        self.startsAt = startsAt
        self.confirmed = confirmed
        self.heldAt = heldAt
    }
}
