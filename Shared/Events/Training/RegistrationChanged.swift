import Foundation
import Model

/// What became of one trainee's registration.
public enum RegistrationOutcome: String, Codable, Sendable, CaseIterable {
    case confirmed
    case waitlisted
    case promoted
    case cancelled
}

/// A trainee's registration to a session was confirmed, waitlisted, promoted from the
/// waitlist or cancelled (`training.v1`, keyed by the session so its seats stay in order).
public struct RegistrationChanged: EventPayload {
    public static let eventType = "RegistrationChanged"
    public static let eventVersion = 1
    public static let topic = Topic.training
    public var aggregateKey: String { sessionId.description }

    public var registrationId: RegistrationID
    public var sessionId: TrainingSessionID
    public var outcome: RegistrationOutcome
    public var trainee: ContactPerson
    public var sessionTitle: String
    public var startsAt: Date
    public var venue: String
    /// Position on the waitlist, when waitlisted.
    public var waitlistPosition: Int?
    /// The trainee's own page for this registration (see it, cancel it, delete it); added to v1,
    /// absent from events of earlier builds.
    public var manageLink: String?
    /// Whether the trainee holds a mandate (maire, adjoint, conseiller), for the indicators'
    /// count of elected officials trained; added to v1, absent from events of earlier builds.
    public var traineeElected: Bool?

    public init(registrationId: RegistrationID, sessionId: TrainingSessionID, outcome: RegistrationOutcome,
                trainee: ContactPerson, sessionTitle: String, startsAt: Date, venue: String, waitlistPosition: Int?,
                manageLink: String? = nil, traineeElected: Bool? = nil) {
        self.registrationId = registrationId
        self.sessionId = sessionId
        self.outcome = outcome
        self.trainee = trainee
        self.sessionTitle = sessionTitle
        self.startsAt = startsAt
        self.venue = venue
        self.waitlistPosition = waitlistPosition
        self.manageLink = manageLink
        self.traineeElected = traineeElected
    }
}
