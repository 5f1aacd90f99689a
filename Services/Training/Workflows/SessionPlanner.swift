import Events
import Foundation
import Model
import Persistence
import PostgresNIO
import ServiceKit
import StaffAccess

/// Staff's work on the catalogue: a session is drafted, opened (published), edited, then held
/// or cancelled; each change the other services need goes to the outbox in its transaction.
struct SessionPlanner: Sendable {
    let context: TrainingContext
    /// Who acts: each change is in the audit trail under their name.
    let actor: Account<StaffRole>
    private var sessions: SessionRepository { SessionRepository(logger: context.logger) }

    /// Creates a draft, or edits a session (its capacity never below its confirmed count).
    func save(_ form: SessionForm, id: TrainingSessionID, creating: Bool) async throws -> TrainingSession {
        try await context.transaction { connection in try await save(form, id: id, creating: creating, on: connection) }
    }

    /// `save` inside a caller's transaction (a hosting offer accepted creates its session).
    func save(_ form: SessionForm, id: TrainingSessionID, creating: Bool, on connection: PostgresConnection) async throws -> TrainingSession {
        let existing = try await sessions.find(id, forUpdate: true, on: connection)
        if creating, existing != nil { throw TrainingError.conflict("Une session porte déjà cet identifiant.") }
        if !creating, existing == nil { throw TrainingError.sessionNotFound }
        if let existing, existing.status == .held || existing.status == .cancelled {
            throw TrainingError.conflict("Une session \(existing.status.frenchLabel) ne se modifie plus.")
        }
        let themes = try await sessions.themes(on: connection)
        let session = try form.validated(id: id, themes: themes, existing: existing).mapError { TrainingError.invalid($0.errors) }.get()
        try await sessions.save(session, on: connection)
        if let existing, session.status == .open { try await publish(session.changed(from: existing), on: connection) }
        try await context.audit.append(creating ? "session.created" : "session.edited", subject: id.description,
                                       details: ["title": session.title, "status": session.status.rawValue], by: actor,
                                       at: context.clock(), on: connection)
        return session
    }

    /// Publishes a draft in the catalogue.
    func open(_ id: TrainingSessionID) async throws -> TrainingSession {
        try await change(id, allowedFrom: [.draft], to: .open) { session, connection in try await publish(session.scheduled, on: connection) }
    }

    /// Calls a session off; every registrant is told the reason.
    func cancel(_ id: TrainingSessionID, reason: String) async throws -> TrainingSession {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty, reason.count <= 1000 else {
            throw TrainingError.invalid([FieldError(field: "reason", message: "Indiquez la raison de l'annulation (1 000 caractères au plus) : chaque inscrit la reçoit.")])
        }
        return try await change(id, allowedFrom: [.draft, .open], to: .cancelled, reason: reason) { session, connection in
            try await publish(TrainingSessionCancelled(sessionId: session.id, reason: reason), on: connection)
        }
    }

    /// Marks a session that has taken place as held; attendance is then recorded.
    func close(_ id: TrainingSessionID) async throws -> TrainingSession {
        let now = context.clock()
        return try await change(id, allowedFrom: [.open], to: .held) { session, connection in
            guard session.startsAt <= now else { throw TrainingError.conflict("Une session ne se clôt qu'une fois commencée.") }
            try await publish(session.held(at: now), on: connection)
        }
    }

    private func change(_ id: TrainingSessionID, allowedFrom: Set<SessionStatus>, to status: SessionStatus, reason: String? = nil,
                        _ effect: @escaping (TrainingSession, PostgresConnection) async throws -> Void) async throws -> TrainingSession {
        try await context.transaction { connection in
            guard var session = try await sessions.find(id, forUpdate: true, on: connection) else { throw TrainingError.sessionNotFound }
            guard allowedFrom.contains(session.status) else {
                throw TrainingError.conflict("Cette session est \(session.status.frenchLabel) : elle ne peut pas devenir \(status.frenchLabel).")
            }
            session.status = status
            if let reason { session.cancellationReason = reason }
            try await effect(session, connection)
            try await sessions.setStatus(status, reason: reason, of: id, on: connection)
            try await context.audit.append("session.\(status.rawValue)", subject: id.description,
                                           details: reason.map { ["reason": $0] } ?? [:], by: actor, at: context.clock(), on: connection)
            return session
        }
    }

    private func publish<Event: EventPayload>(_ event: Event, on connection: PostgresConnection) async throws {
        try await Outbox.append(EventEnvelope(source: "training", data: event), on: connection, logger: context.logger)
    }
}
