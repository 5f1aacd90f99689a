import Foundation
import Model

/// A sitting was closed and frozen; its decisions were published before this (`jury.v1`).
public struct JurySittingClosed: EventPayload {
    public static let eventType = "JurySittingClosed"
    public static let eventVersion = 1
    public static let topic = Topic.jury
    public var aggregateKey: String { sittingId.description }

    public var sittingId: JurySessionID
    public var closedAt: Date
    public var decisionCount: Int

    public init(sittingId: JurySessionID, closedAt: Date, decisionCount: Int) {
        self.sittingId = sittingId
        self.closedAt = closedAt
        self.decisionCount = decisionCount
    }
}
