import Events
import Foundation

/// A personal data request as the API shows it.
struct PersonalDataRequestView: Codable, Sendable {
    var id: UUID
    var kind: PersonalDataRequestKind
    var subject: String
    var requestedAt: Date
    var confirmations: [PersonalDataRequest.Confirmation]
    /// The services that have not confirmed yet.
    var waitingFor: [String]
    var complete: Bool

    init(_ request: PersonalDataRequest) {
        id = request.id
        kind = request.kind
        subject = request.subject
        requestedAt = request.requestedAt
        confirmations = request.confirmations
        waitingFor = request.waitingFor
        complete = request.isComplete
    }
}
