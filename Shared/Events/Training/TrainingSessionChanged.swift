import Foundation
import Model

/// Staff edited a published session (`training.v1`): the session as it now stands, and
/// whether what its registrants must know changed (its times, its venue), so that they are told.
public struct TrainingSessionChanged: EventPayload {
    public static let eventType = "TrainingSessionChanged"
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
    /// The start or the end moved.
    public var scheduleChanged: Bool
    /// The venue (host, address, room or town) changed.
    public var venueChanged: Bool

    public init(sessionId: TrainingSessionID, format: TrainingFormat, title: String, theme: String, startsAt: Date, endsAt: Date,
                venue: String, department: String, capacity: Int, scheduleChanged: Bool, venueChanged: Bool) {
        self.sessionId = sessionId
        self.format = format
        self.title = title
        self.theme = theme
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.venue = venue
        self.department = department
        self.capacity = capacity
        self.scheduleChanged = scheduleChanged
        self.venueChanged = venueChanged
    }
}
