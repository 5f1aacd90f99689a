import Access
import Events
import Foundation
import Model
import Persistence
import PostgresNIO

/// Registrations and cancellations, each in one transaction that holds the session's row:
/// places are given in arrival order, the capacity is never exceeded (the table's check
/// stands behind it), and a freed place goes to the first of the waitlist exactly once.
struct RegistrationDesk: Sendable {
    let context: TrainingContext
    private var sessions: SessionRepository { SessionRepository(logger: context.logger) }
    private var registrations: RegistrationRepository { RegistrationRepository(logger: context.logger) }

    /// A registration made, and the token of its manage link (shown once, sent by email).
    struct Made: Sendable {
        var registration: Registration
        var manageToken: String
    }

    /// What a manage link opens.
    struct Managed: Codable, Sendable {
        var registration: Registration
        var session: TrainingSession
    }

    /// The registration and session a manage link's token opens.
    func managed(_ token: String) async throws -> Managed {
        try await context.database.withConnection { connection in
            guard let found = try await registrations.id(forToken: token, on: connection),
                  let registration = try await registrations.find(found.registration, on: connection),
                  let session = try await sessions.find(found.session, on: connection)
            else { throw TrainingError.linkNotFound }
            return Managed(registration: registration, session: session)
        }
    }

    /// Everything a manage link's owner may see: their other registrations too (the same address).
    func registrations(ofToken token: String) async throws -> [(Registration, TrainingSession)] {
        try await context.database.withConnection { connection in
            guard let found = try await registrations.id(forToken: token, on: connection),
                  let digest = try await registrations.digest(of: found.registration, on: connection) else { throw TrainingError.linkNotFound }
            var mine: [(Registration, TrainingSession)] = []
            for registration in try await registrations.registrations(ofDigest: digest, on: connection) {
                if let session = try await sessions.find(registration.sessionId, on: connection) { mine.append((registration, session)) }
            }
            return mine
        }
    }

    /// Erases the person's data: their live registrations are cancelled first (a freed place
    /// goes to the waitlist, and they are told), then their name, address and collectivité are
    /// forgotten everywhere. Returns how many registrations were erased.
    func erase(token: String) async throws -> Int {
        for (registration, session) in try await registrations(ofToken: token) where registration.status != .cancelled {
            _ = try await cancel(registration.id, of: session.id, onBehalf: true)
        }
        return try await context.transaction { connection in
            guard let found = try await registrations.id(forToken: token, on: connection),
                  let digest = try await registrations.digest(of: found.registration, on: connection) else { throw TrainingError.linkNotFound }
            return try await registrations.erase(digest: digest, on: connection)
        }
    }

    /// Registers to an open session that has not started: confirmed while places are left,
    /// waitlisted after.
    func register(_ form: RegistrationForm.Accepted, to sessionId: TrainingSessionID) async throws -> Made {
        let now = context.clock()
        return try await context.transaction { connection in
            guard let session = try await sessions.find(sessionId, forUpdate: true, on: connection) else { throw TrainingError.sessionNotFound }
            guard session.status == .open, session.startsAt > now else {
                throw TrainingError.conflict("Cette session n'est pas ouverte aux inscriptions.")
            }
            let confirmed = session.confirmed < session.capacity
            let token = SecretToken.generate()
            let registration = Registration(
                id: RegistrationID(), sessionId: sessionId, name: form.name, email: form.email, role: form.role,
                collectivite: form.collectivite, collectiviteCode: form.collectiviteCode, status: confirmed ? .confirmed : .waitlisted,
                attended: false, registeredAt: now, waitlistPosition: confirmed ? nil : session.waitlisted + 1)
            do {
                try await registrations.insert(registration, manageTokenHash: SecretToken.digest(token), on: connection)
            } catch is RegistrationRepository.AlreadyRegistered {
                throw TrainingError.conflict("L'adresse \(form.email) est déjà inscrite à cette session.")
            }
            if confirmed { try await sessions.addConfirmed(1, to: sessionId, on: connection) }
            try await announce(registration, outcome: confirmed ? .confirmed : .waitlisted, of: session, token: token, on: connection)
            return Made(registration: registration, manageToken: token)
        }
    }

    /// Cancels a registration; a confirmed place freed goes to the first of the waitlist.
    /// - Parameter onBehalf: staff cancel after the deadline too.
    /// - Returns: the registration as it now stands (already cancelled: unchanged).
    func cancel(_ id: RegistrationID, of sessionId: TrainingSessionID, onBehalf: Bool) async throws -> Registration {
        let now = context.clock()
        return try await context.transaction { connection in
            // The session first, as `register` does, so that the two never wait on each other.
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
            try await announce(registration, outcome: .cancelled, of: session, token: nil, on: connection)
            if wasConfirmed {
                try await sessions.addConfirmed(-1, to: sessionId, on: connection)
                if session.status == .open, let next = try await registrations.firstWaitlisted(of: sessionId, on: connection),
                   var promoted = try await registrations.find(next, on: connection) {
                    try await registrations.setStatus(.confirmed, of: next, at: now, on: connection)
                    try await sessions.addConfirmed(1, to: sessionId, on: connection)
                    promoted.status = .confirmed
                    promoted.waitlistPosition = nil
                    try await announce(promoted, outcome: .promoted, of: session, token: nil, on: connection)
                }
            }
            return registration
        }
    }

    /// The registrant cancels through their link's token, until the session's deadline.
    func cancel(token: String) async throws -> Registration {
        let found = try await context.database.withConnection { try await registrations.id(forToken: token, on: $0) }
        guard let found else { throw TrainingError.linkNotFound }
        return try await cancel(found.registration, of: found.session, onBehalf: false)
    }

    /// `RegistrationChanged` for the trainee's email; the manage link only when its token is known (on registering).
    private func announce(_ registration: Registration, outcome: RegistrationOutcome, of session: TrainingSession, token: String?,
                          on connection: PostgresConnection) async throws {
        guard let name = registration.name, let email = registration.email else { return }
        let event = RegistrationChanged(
            registrationId: registration.id, sessionId: session.id, outcome: outcome, trainee: ContactPerson(name: name, email: email),
            sessionTitle: session.title, startsAt: session.startsAt, venue: session.venue, waitlistPosition: registration.waitlistPosition,
            manageLink: token.map { "\(context.publicURL)/inscriptions/\($0)" })
        try await Outbox.append(EventEnvelope(source: "training", data: event), on: connection, logger: context.logger)
    }
}
