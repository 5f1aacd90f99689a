import Foundation
import Model

/// The applicant withdrew its dossier before a decision (`applications.v1`).
public struct ApplicationWithdrawn: EventPayload {
    public static let eventType = "ApplicationWithdrawn"
    public static let eventVersion = 1
    public static let topic = Topic.applications
    public var aggregateKey: String { applicationId.description }

    public var applicationId: ApplicationID
    public var reference: String
    public var withdrawnAt: Date

    public init(applicationId: ApplicationID, reference: String, withdrawnAt: Date) {
        self.applicationId = applicationId
        self.reference = reference
        self.withdrawnAt = withdrawnAt
    }
}
