import Foundation
import Model

/// A training session was scheduled at a host collectivité (`training.v1`).
public struct TrainingSessionScheduled: EventPayload {
    public static let eventType = "TrainingSessionScheduled"
    public static let eventVersion = 1
    public static let topic = Topic.training
    public var aggregateKey: String { sessionId.description }

    public var sessionId: TrainingSessionID
    public var format: TrainingFormat
    public var title: String
    public var theme: String
    public var startsAt: Date
    public var endsAt: Date
    public var venue: String
    public var department: String
    public var capacity: Int

    public init(sessionId: TrainingSessionID, format: TrainingFormat, title: String, theme: String, startsAt: Date,
                endsAt: Date, venue: String, department: String, capacity: Int) {
        self.sessionId = sessionId
        self.format = format
        self.title = title
        self.theme = theme
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.venue = venue
        self.department = department
        self.capacity = capacity
    }
}
