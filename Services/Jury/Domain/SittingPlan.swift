import Foundation
import Model

/// A checked sitting form, ready to be scheduled.
struct SittingPlan: Sendable {
    var date: LocalDate
    var cutOff: Date
    var quorum: Int
    var callIds: [CallID]
    var seats: [SittingForm.Seat]
}
