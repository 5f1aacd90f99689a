import Events
import Foundation
import Model
import Persistence
import PostgresNIO
import ServiceKit
import StaffAccess

/// Scheduling and closing sittings; each is one transaction with its events.
struct SittingWorkflow: Sendable {
    let context: JuryContext

    private var sittings: SittingRepository { SittingRepository(logger: context.logger) }
    private var deliberations: DeliberationRepository { DeliberationRepository(logger: context.logger) }

    /// Schedules a sitting, builds its agenda and publishes `JurySittingScheduled`.
    /// - Returns: the sitting and how many dossiers are on its agenda.
    func schedule(_ form: SittingForm, by member: Member) async throws -> (Sitting, agendaSize: Int) {
        guard member.role == .staff else { throw JuryError.forbidden }
        let plan = try form.validated().get()
        return try await context.transaction { connection in
            let calls = try await CallRulesRepository(logger: context.logger).find(plan.callIds, on: connection)
            let members = try await AccountRepository<MemberRole>(logger: context.logger).find(plan.seats.map(\.memberId), on: connection)
            var errors: [FieldError] = []
            if calls.count != plan.callIds.count { errors.append(FieldError(field: "callIds", message: "Un appel indiqué est inconnu du jury.")) }
            if members.count != plan.seats.count { errors.append(FieldError(field: "members", message: "Un membre indiqué n'a pas de compte.")) }
            guard errors.isEmpty else { throw JuryError.invalid(errors) }
            let sitting = Sitting(id: JurySessionID(), sittingDate: plan.date, cutOff: plan.cutOff, quorum: plan.quorum,
                                  callIds: plan.callIds,
                                  members: plan.seats.map { SittingMember(memberId: $0.memberId, displayName: members[$0.memberId]!.displayName, role: $0.role) })
            let agendaSize = try await sittings.insert(sitting, on: connection)
            try await Outbox.append(EventEnvelope(source: "jury", data: JurySittingScheduled(
                sittingId: sitting.id, sittingDate: sitting.sittingDate, callIds: sitting.callIds, cutOff: sitting.cutOff)),
                on: connection, logger: context.logger)
            try await context.audit.append("sitting.scheduled", subject: sitting.id.description,
                                           details: ["date": sitting.sittingDate.description, "agenda": String(agendaSize)],
                                           by: member, at: context.clock(), on: connection)
            return (try await sittings.find(sitting.id, on: connection) ?? sitting, agendaSize)
        }
    }

    /// Adds to the agenda of a sitting not yet begun the dossiers that reached the jury since it
    /// was scheduled (complete before its cut-off, not on another agenda). The applications and
    /// notifications services placed them already, from their own state: nothing is published.
    /// - Returns: the sitting, how many dossiers were added, and the agenda's size.
    func refreshAgenda(_ id: JurySessionID, by member: Member) async throws -> (Sitting, added: Int, agendaSize: Int) {
        guard member.role == .staff else { throw JuryError.forbidden }
        return try await context.transaction { connection in
            guard let sitting = try await sittings.find(id, forUpdate: true, on: connection) else {
                throw JuryError.notFound("Cette séance n'existe pas.")
            }
            guard sitting.acceptsAgendaChanges(at: context.clock()) else {
                throw JuryError.conflict("La séance du \(sitting.sittingDate.frenchLong) a commencé : son ordre du jour est figé.")
            }
            let added = try await sittings.placeOnAgenda(sitting, on: connection)
            return (sitting, added, try await deliberations.agenda(of: id, on: connection).count)
        }
    }

    /// Freezes the sitting and publishes one decision event per dossier, then `JurySittingClosed`.
    /// Refused without quorum or while a dossier of the agenda has no decision.
    func close(_ id: JurySessionID, membersPresent: [UUID], by member: Member) async throws -> Sitting {
        try await context.transaction { connection in
            guard let sitting = try await sittings.find(id, forUpdate: true, on: connection), sitting.isVisible(to: member) else {
                throw JuryError.notFound("Cette séance n'existe pas.")
            }
            guard sitting.mayDecide(member) else { throw JuryError.forbidden }
            guard !sitting.isClosed else { throw JuryError.conflict("La séance du \(sitting.sittingDate.frenchLong) est déjà close.") }
            let present = Set(membersPresent).intersection(sitting.members.map(\.memberId))
            guard present.count >= sitting.quorum else {
                throw JuryError.conflict("Le quorum n'est pas atteint : \(present.count) membre(s) présent(s) pour un quorum de \(sitting.quorum).")
            }
            let agenda = try await deliberations.agenda(of: id, on: connection)
            let decisions = try await deliberations.decisions(of: id, on: connection)
            let undecided = agenda.filter { decisions[$0.applicationId] == nil }.map(\.reference)
            guard undecided.isEmpty else {
                throw JuryError.conflict("Ces dossiers n'ont pas encore de décision : \(undecided.joined(separator: ", ")).")
            }
            let closedAt = context.clock()
            try await sittings.close(id, at: closedAt, presentMembers: Array(present), on: connection)
            try await deliberations.applyOutcomes(of: id, on: connection)
            let next = SittingCalendar.proposedDate(after: sitting.sittingDate, today: sitting.sittingDate)
            for dossier in agenda {
                guard let recorded = decisions[dossier.applicationId] else { continue }
                try await publish(recorded, of: dossier, sitting: id, nextSitting: next, on: connection)
            }
            try await Outbox.append(EventEnvelope(source: "jury", data: JurySittingClosed(
                sittingId: id, closedAt: closedAt, decisionCount: decisions.count)), on: connection, logger: context.logger)
            try await context.audit.append("sitting.closed", subject: id.description,
                                           details: ["decisions": String(decisions.count), "present": String(present.count)],
                                           by: member, at: closedAt, on: connection)
            return try await sittings.find(id, on: connection) ?? sitting
        }
    }

    private func publish(_ recorded: RecordedDecision, of dossier: JuryDossier, sitting: JurySessionID, nextSitting: LocalDate,
                         on connection: PostgresConnection) async throws {
        let decision = recorded.decision
        switch decision.kind {
        case .selected:
            try await Outbox.append(EventEnvelope(source: "jury", data: ApplicationSelected(
                sittingId: sitting, applicationId: dossier.applicationId, reference: dossier.reference,
                grantedAmount: decision.grantedAmount, consultingDays: decision.consultingDays, motivation: decision.motivation,
                decidedAt: recorded.decidedAt)), on: connection, logger: context.logger)
        case .rejected:
            try await Outbox.append(EventEnvelope(source: "jury", data: ApplicationRejected(
                sittingId: sitting, applicationId: dossier.applicationId, reference: dossier.reference,
                motivation: decision.motivation ?? "", decidedAt: recorded.decidedAt)), on: connection, logger: context.logger)
        case .deferred:
            try await Outbox.append(EventEnvelope(source: "jury", data: ApplicationDeferred(
                sittingId: sitting, applicationId: dossier.applicationId, reference: dossier.reference,
                motivation: decision.motivation, nextSittingDate: nextSitting, decidedAt: recorded.decidedAt)),
                on: connection, logger: context.logger)
        }
    }
}
