import Events
import Foundation
import Model
import Persistence
import PostgresNIO
import ServiceKit
import StaffAccess

/// Collectivités' offers to host a session: received (the contact gets an acknowledgement),
/// then accepted (the session is created from the offer, as a draft, in the same transaction)
/// or declined with a message. Each answer is given once.
struct HostingDesk: Sendable {
    let context: TrainingContext
    private var offers: HostingOfferRepository { HostingOfferRepository(logger: context.logger) }

    /// Staff's acceptance: the session, from the offer's fields where the form leaves them out.
    struct Acceptance: Codable, Sendable {
        var session: SessionForm
        /// A word to the collectivité, in the email.
        var message: String?
    }

    /// Staff's refusal: why, told to the collectivité.
    struct Refusal: Codable, Sendable {
        var message: String?
    }

    func receive(_ form: HostingOfferForm) async throws -> HostingOffer {
        let now = context.clock()
        return try await context.transaction { connection in
            let themes = try await SessionRepository(logger: context.logger).themes(on: connection)
            let offer = try form.validated(id: HostingOfferID(), themes: themes, now: now).mapError { TrainingError.invalid($0.errors) }.get()
            try await offers.insert(offer, on: connection)
            let event = HostingOfferReceived(
                offerId: offer.id, collectivite: offer.collectivite, department: offer.department,
                contact: ContactPerson(name: offer.contactName, email: offer.contactEmail), format: offer.kind, theme: offer.theme.label,
                proposedDates: offer.proposedDates, receivedAt: now)
            try await Outbox.append(EventEnvelope(source: "training", data: event), on: connection, logger: context.logger)
            return offer
        }
    }

    func find(_ id: HostingOfferID) async throws -> HostingOffer {
        guard let offer = try await context.database.withConnection({ try await offers.find(id, on: $0) }) else { throw Self.offerNotFound }
        return offer
    }

    func list() async throws -> [HostingOffer] {
        try await context.database.withConnection { try await offers.list(on: $0) }
    }

    /// Creates the session (a draft, to be opened when ready) and tells the collectivité.
    func accept(_ id: HostingOfferID, _ acceptance: Acceptance, by actor: Account<StaffRole>) async throws -> (HostingOffer, TrainingSession) {
        let now = context.clock()
        let message = try Self.message(acceptance.message, required: false)
        return try await context.transaction { connection in
            var offer = try await waiting(id, on: connection)
            let session = try await SessionPlanner(context: context, actor: actor).save(
                acceptance.session.filled(from: offer.sessionForm), id: TrainingSessionID(), creating: true, on: connection)
            try await offers.answer(id, status: .accepted, answer: message, session: session.id, at: now, on: connection)
            offer.status = .accepted
            offer.answer = message
            offer.sessionId = session.id
            offer.answeredAt = now
            try await announce(offer, session: session, on: connection)
            return (offer, session)
        }
    }

    /// Declines with a message the collectivité receives.
    func decline(_ id: HostingOfferID, _ refusal: Refusal) async throws -> HostingOffer {
        let now = context.clock()
        let message = try Self.message(refusal.message, required: true)
        return try await context.transaction { connection in
            var offer = try await waiting(id, on: connection)
            try await offers.answer(id, status: .declined, answer: message, session: nil, at: now, on: connection)
            offer.status = .declined
            offer.answer = message
            offer.answeredAt = now
            try await announce(offer, session: nil, on: connection)
            return offer
        }
    }

    /// The offer, locked, if it still waits for an answer.
    private func waiting(_ id: HostingOfferID, on connection: PostgresConnection) async throws -> HostingOffer {
        guard let offer = try await offers.find(id, forUpdate: true, on: connection) else { throw Self.offerNotFound }
        guard offer.status == .received else {
            throw TrainingError.conflict("Cette proposition a déjà reçu une réponse (\(offer.status.frenchLabel)).")
        }
        return offer
    }

    private func announce(_ offer: HostingOffer, session: TrainingSession?, on connection: PostgresConnection) async throws {
        let event = HostingOfferAnswered(
            offerId: offer.id, collectivite: offer.collectivite, contact: ContactPerson(name: offer.contactName, email: offer.contactEmail),
            accepted: offer.status == .accepted, message: offer.answer, sessionId: session?.id, sessionTitle: session?.title,
            startsAt: session?.startsAt, answeredAt: offer.answeredAt ?? context.clock())
        try await Outbox.append(EventEnvelope(source: "training", data: event), on: connection, logger: context.logger)
    }

    private static func message(_ text: String?, required: Bool) throws -> String? {
        let text = (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if required, text.isEmpty {
            throw TrainingError.invalid([FieldError(field: "message", message: "Indiquez pourquoi la proposition n'est pas retenue : la collectivité reçoit ce message.")])
        }
        if text.count > 2000 {
            throw TrainingError.invalid([FieldError(field: "message", message: "Le message ne doit pas dépasser 2 000 caractères.")])
        }
        return text.isEmpty ? nil : text
    }

    static let offerNotFound = TrainingError.notFound("Aucune proposition d'accueil ne porte cet identifiant.")
}
