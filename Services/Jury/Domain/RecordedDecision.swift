import Foundation
import Model

/// A decision as recorded during a sitting, with who recorded it and when.
struct RecordedDecision: Sendable, Equatable, Codable {
    var applicationId: ApplicationID
    var decision: Decision
    var decidedBy: String
    var decidedAt: Date
}
