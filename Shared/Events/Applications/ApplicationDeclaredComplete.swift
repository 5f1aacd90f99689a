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
    /// How many dossiers of the dossier's call have been declared complete, this one included
    /// (added in v1, absent from earlier events). A consumer that knows fewer of them has not
    /// yet received them all: the jury tells staff before it fixes an agenda.
    public var completeInCall: Int?

    public init(applicationId: ApplicationID, reference: String, completedAt: Date, completeInCall: Int? = nil) {
        self.applicationId = applicationId
        self.reference = reference
        self.completedAt = completedAt
        self.completeInCall = completeInCall
    }
}
