import Access
import Events
import Foundation
import Logging
import Model
import Persistence
import PostgresNIO
import ServiceKit

/// Registrations and cancellations, each in one transaction that holds the session's row:
/// places are given in arrival order, the capacity is never exceeded (the table's check
/// stands behind it), and a freed place goes to the first of the waitlist exactly once.
struct RegistrationDesk: Sendable {
    let context: TrainingContext
    private var sessions: SessionRepository { SessionRepository(logger: context.logger) }
    private var registrations: RegistrationRepository { RegistrationRepository(logger: context.logger) }
    private var links: TraineeLinkRepository { TraineeLinkRepository(logger: context.logger) }

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

    /// The person a registration's manage link belongs to: the digest of their address.
    func person(ofManageToken token: String) async throws -> Data {
        try await context.database.withConnection { connection in
            guard let found = try await registrations.id(forToken: token, on: connection),
                  let digest = try await registrations.digest(of: found.registration, on: connection) else { throw TrainingError.linkNotFound }
            return digest
        }
    }

    /// The person a "mes inscriptions" link opens, while it is valid.
    func person(ofLink token: String) async throws -> Data {
        let now = context.clock()
        guard let digest = try await context.database.withConnection({ try await links.person(ofToken: token, now: now, on: $0) }) else {
            throw TrainingError.notFound("Ce lien n'est pas valable ou a expiré : demandez-en un nouveau avec votre adresse.")
        }
        return digest
    }

    /// Every registration of the person, the latest first, with its session.
    func registrations(of person: Data) async throws -> [(Registration, TrainingSession)] {
        try await context.database.withConnection { connection in
            var mine: [(Registration, TrainingSession)] = []
            for registration in try await registrations.registrations(ofDigest: person, on: connection) {
                if let session = try await sessions.find(registration.sessionId, on: connection) { mine.append((registration, session)) }
            }
            return mine
        }
    }

    /// One of the person's registrations, with its session.
    func registration(_ id: RegistrationID, of person: Data) async throws -> (Registration, TrainingSession) {
        guard let mine = try await registrations(of: person).first(where: { $0.0.id == id }) else { throw TrainingError.linkNotFound }
        return mine
    }

    /// The person cancels one of their registrations, until the session's deadline.
    func cancel(_ id: RegistrationID, of person: Data) async throws -> Registration {
        let (registration, session) = try await registration(id, of: person)
        return try await cancel(registration.id, of: session.id, onBehalf: false)
    }

    /// Erases the person's data: their live registrations are cancelled first (a freed place
    /// goes to the waitlist, and they are told), then their name, address and collectivité are
    /// forgotten everywhere. Returns how many registrations were erased.
    func erase(_ person: Data) async throws -> Int {
        for (registration, session) in try await registrations(of: person) where registration.status != .cancelled {
            _ = try await cancel(registration.id, of: session.id, onBehalf: true)
        }
        return try await context.transaction { connection in try await registrations.erase(digest: person, on: connection) }
    }

    /// Sends the person, by email, a link to all their registrations, valid a week. Nothing is
    /// sent to an address without registrations, nor beyond five links an hour to one address;
    /// the answer is the same either way, so that nobody learns who registered.
    func sendLink(to email: String) async throws {
        let email = email.trimmingCharacters(in: .whitespaces)
        guard EmailAddress.isPlausible(email) else {
            throw TrainingError.invalid([FieldError(field: "email", message: "L'adresse électronique « \(email) » est invalide.")])
        }
        let now = context.clock()
        let person = RegistrationRepository.digest(ofEmail: email)
        try await context.transaction { connection in
            guard let latest = try await registrations.registrations(ofDigest: person, on: connection).first,
                  let name = latest.name, let address = latest.email,
                  try await links.count(of: person, since: now.addingTimeInterval(-3600), on: connection) < 5 else { return }
            let token = SecretToken.generate()
            let digest = SecretToken.digest(token)
            let expiresAt = now.addingTimeInterval(7 * 86_400)
            try await links.insert(tokenHash: digest, person: person, at: now, expiresAt: expiresAt, on: connection)
            let event = RegistrationsLinkRequested(
                linkId: digest.prefix(8).map { String(format: "%02x", $0) }.joined(), trainee: ContactPerson(name: name, email: address),
                link: "\(context.publicURL)/mes-inscriptions/\(token)", expiresAt: expiresAt)
            try await Outbox.append(EventEnvelope(source: "training", data: event), on: connection, logger: context.logger)
        }
    }

    /// Registers to an open session that has not started: confirmed while places are left,
    /// waitlisted after.
    /// - Parameter onBehalf: staff register someone, after the start too (a person who came
    ///   without registering signs the check-in list).
    func register(_ form: RegistrationForm.Accepted, to sessionId: TrainingSessionID, onBehalf: Bool = false) async throws -> Made {
        let now = context.clock()
        return try await context.transaction { connection in
            guard let session = try await sessions.find(sessionId, forUpdate: true, on: connection) else { throw TrainingError.sessionNotFound }
            guard session.status == .open, session.startsAt > now || onBehalf else {
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
            try await SeatRelease(logger: context.logger).cancel(id, of: sessionId, onBehalf: onBehalf, at: now, on: connection)
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
        try await Self.announce(registration, outcome: outcome, of: session, manageLink: token.map { "\(context.publicURL)/inscriptions/\($0)" },
                                logger: context.logger, on: connection)
    }

    /// `RegistrationChanged` for the trainee's email, unless their data were erased.
    static func announce(_ registration: Registration, outcome: RegistrationOutcome, of session: TrainingSession, manageLink: String?,
                         logger: Logger, on connection: PostgresConnection) async throws {
        guard let name = registration.name, let email = registration.email else { return }
        let event = RegistrationChanged(
            registrationId: registration.id, sessionId: session.id, outcome: outcome, trainee: ContactPerson(name: name, email: email),
            sessionTitle: session.title, startsAt: session.startsAt, venue: session.venue, waitlistPosition: registration.waitlistPosition,
            manageLink: manageLink, traineeElected: registration.role.isElected)
        try await Outbox.append(EventEnvelope(source: "training", data: event), on: connection, logger: logger)
    }
}
