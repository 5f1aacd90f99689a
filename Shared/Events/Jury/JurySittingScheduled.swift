import Foundation
import Model

/// A jury sitting was scheduled; applicants on its calls hear of the date (`jury.v1`).
public struct JurySittingScheduled: EventPayload {
    public static let eventType = "JurySittingScheduled"
    public static let eventVersion = 1
    public static let topic = Topic.jury
    public var aggregateKey: String { sittingId.description }

    public var sittingId: JurySessionID
    public var sittingDate: LocalDate
    public var callIds: [CallID]
    /// Dossiers complete before this instant go on the agenda.
    public var cutOff: Date

    public init(sittingId: JurySessionID, sittingDate: LocalDate, callIds: [CallID], cutOff: Date) {
        self.sittingId = sittingId
        self.sittingDate = sittingDate
        self.callIds = callIds
        self.cutOff = cutOff
    }
}
