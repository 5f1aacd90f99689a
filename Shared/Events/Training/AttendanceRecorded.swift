import Foundation
import Model

/// Staff recorded who attended a session that took place (`training.v1`): the resource
/// centre's indicators follow the programme's objective of 1,000 elected officials trained.
public struct AttendanceRecorded: EventPayload {
    public static let eventType = "AttendanceRecorded"
    public static let eventVersion = 1
    public static let topic = Topic.training
    public var aggregateKey: String { sessionId.description }

    public var sessionId: TrainingSessionID
    /// The registrations recorded present; the others of the session were absent.
    public var present: [RegistrationID]
    /// Of those, the elected officials (maires, adjoints, conseillers).
    public var electedPresent: Int
    public var recordedAt: Date

    public init(sessionId: TrainingSessionID, present: [RegistrationID], electedPresent: Int, recordedAt: Date) {
        self.sessionId = sessionId
        self.present = present
        self.electedPresent = electedPresent
        self.recordedAt = recordedAt
    }
}
