import Foundation
import Model

/// Staff asked the applicant for missing pieces (`applications.v1`).
public struct ApplicationDeclaredIncomplete: EventPayload {
    public static let eventType = "ApplicationDeclaredIncomplete"
    public static let eventVersion = 1
    public static let topic = Topic.applications
    public var aggregateKey: String { applicationId.description }

    public var applicationId: ApplicationID
    public var reference: String
    /// The staff's message to the applicant, in French.
    public var message: String

    public init(applicationId: ApplicationID, reference: String, message: String) {
        self.applicationId = applicationId
        self.reference = reference
        self.message = message
    }
}
