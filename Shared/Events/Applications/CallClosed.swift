import Foundation
import Model

/// A call stopped accepting dossiers (`applications.v1`).
public struct CallClosed: EventPayload {
    public static let eventType = "CallClosed"
    public static let eventVersion = 1
    public static let topic = Topic.applications
    public var aggregateKey: String { callId.description }

    public var callId: CallID
    public var closedAt: Date

    public init(callId: CallID, closedAt: Date) {
        self.callId = callId
        self.closedAt = closedAt
    }
}
