import Events
import Foundation
import Logging
import Model
import PostgresNIO

/// Cancels a registration on the caller's transaction, holding the session's row: a
/// confirmed place freed goes to the first of the waitlist exactly once. The desk cancels
/// for the person or for staff; an erasure cancels the person's live registrations.
struct SeatRelease: Sendable {
    let logger: Logger
    private var sessions: SessionRepository { SessionRepository(logger: logger) }
    private var registrations: RegistrationRepository { RegistrationRepository(logger: logger) }

    /// - Parameter onBehalf: staff (or an erasure) cancel after the deadline too.
    /// - Returns: the registration as it now stands (already cancelled: unchanged).
    func cancel(_ id: RegistrationID, of sessionId: TrainingSessionID, onBehalf: Bool, at now: Date,
                on connection: PostgresConnection) async throws -> Registration {
        // The session first, as registering does, so that the two never wait on each other.
        guard let session = try await sessions.find(sessionId, forUpdate: true, on: connection),
              var registration = try await registrations.find(id, forUpdate: true, on: connection), registration.sessionId == sessionId
        else { throw TrainingError.linkNotFound }
        guard registration.status != .cancelled else { return registration }
        guard onBehalf || now <= session.cancellationDeadline else {
            throw TrainingError.conflict("Le délai d'annulation de cette session est passé : écrivez à l'équipe du programme.")
        }
        let wasConfirmed = registration.status == .confirmed
        try await registrations.setStatus(.cancelled, of: id, at: now, on: connection)
        registration.status = .cancelled
        registration.waitlistPosition = nil
        try await RegistrationDesk.announce(registration, outcome: .cancelled, of: session, manageLink: nil, logger: logger, on: connection)
        if wasConfirmed {
            try await sessions.addConfirmed(-1, to: sessionId, on: connection)
            if session.status == .open, let next = try await registrations.firstWaitlisted(of: sessionId, on: connection),
               var promoted = try await registrations.find(next, on: connection) {
                try await registrations.setStatus(.confirmed, of: next, at: now, on: connection)
                try await sessions.addConfirmed(1, to: sessionId, on: connection)
                promoted.status = .confirmed
                promoted.waitlistPosition = nil
                try await RegistrationDesk.announce(promoted, outcome: .promoted, of: session, manageLink: nil, logger: logger, on: connection)
            }
        }
        return registration
    }
}
