import Foundation
import Model

/// One person's registration to one session.
struct Registration: Codable, Sendable, Equatable {
    var id: RegistrationID
    var sessionId: TrainingSessionID
    /// `nil` once the person asked for their data to be deleted.
    var name: String?
    var email: String?
    var role: TraineeRole
    var collectivite: String?
    var collectiviteCode: String?
    var status: RegistrationStatus
    var attended: Bool
    var registeredAt: Date
    /// Position on the waitlist (1 is next), when waitlisted.
    var waitlistPosition: Int?
}
