import Foundation
import Model

/// A decided dossier was closed (`applications.v1`).
public struct ApplicationClosed: EventPayload {
    public static let eventType = "ApplicationClosed"
    public static let eventVersion = 1
    public static let topic = Topic.applications
    public var aggregateKey: String { applicationId.description }

    public var applicationId: ApplicationID
    public var reference: String
    public var closedAt: Date

    public init(applicationId: ApplicationID, reference: String, closedAt: Date) {
        self.applicationId = applicationId
        self.reference = reference
        self.closedAt = closedAt
    }
}
