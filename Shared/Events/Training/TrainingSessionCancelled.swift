import Foundation
import Model

/// A training session was cancelled; its trainees are told (`training.v1`).
public struct TrainingSessionCancelled: EventPayload {
    public static let eventType = "TrainingSessionCancelled"
    public static let eventVersion = 1
    public static let topic = Topic.training
    public var aggregateKey: String { sessionId.description }

    public var sessionId: TrainingSessionID
    public var reason: String

    public init(sessionId: TrainingSessionID, reason: String) {
        self.sessionId = sessionId
        self.reason = reason
    }
}
