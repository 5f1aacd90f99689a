import Foundation
import Model

/// Staff declared a dossier complete: it may go on a jury's agenda (`applications.v1`).
public struct ApplicationDeclaredComplete: EventPayload {
    public static let eventType = "ApplicationDeclaredComplete"
    public static let eventVersion = 1
    public static let topic = Topic.applications
    public var aggregateKey: String { applicationId.description }

    public var applicationId: ApplicationID
    public var reference: String
    public var completedAt: Date

    public init(applicationId: ApplicationID, reference: String, completedAt: Date) {
        self.applicationId = applicationId
        self.reference = reference
        self.completedAt = completedAt
    }
}
