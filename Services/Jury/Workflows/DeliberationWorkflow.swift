import Foundation
import Model
import PostgresNIO
import ServiceKit
import StaffAccess

/// What jurors and the chair do on a sitting's dossiers: declare interests, score, decide.
struct DeliberationWorkflow: Sendable {
    let context: JuryContext

    private var sittings: SittingRepository { SittingRepository(logger: context.logger) }
    private var deliberations: DeliberationRepository { DeliberationRepository(logger: context.logger) }

    /// The sitting, if the member may see it.
    func sitting(_ id: JurySessionID, for member: Member, forUpdate: Bool = false, on connection: PostgresConnection) async throws -> Sitting {
        guard let sitting = try await sittings.find(id, forUpdate: forUpdate, on: connection), sitting.isVisible(to: member) else {
            throw JuryError.notFound("Cette séance n'existe pas.")
        }
        return sitting
    }

    /// A dossier of the sitting's agenda.
    func dossier(_ application: ApplicationID, of sitting: Sitting, on connection: PostgresConnection) async throws -> JuryDossier {
        guard let dossier = try await deliberations.agenda(of: sitting.id, only: application, on: connection).first else {
            throw JuryError.notFound("Ce dossier n'est pas à l'ordre du jour de cette séance.")
        }
        return dossier
    }

    /// The sitting's agenda as the member may see it.
    func agenda(of id: JurySessionID, for member: Member) async throws -> [AgendaEntry] {
        try await context.transaction { connection in
            let sitting = try await sitting(id, for: member, on: connection)
            let declarations = try await deliberations.declarations(of: sitting.id, on: connection).filter { $0.memberId == member.id }
            return try await deliberations.agenda(of: sitting.id, on: connection).map { dossier in
                let conflict = declarations.first { $0.applicationId == dossier.applicationId }?.conflict
                let visible = member.role == .staff || conflict == false
                return AgendaEntry(applicationId: dossier.applicationId, reference: dossier.reference,
                                   applicantName: dossier.applicantName, conflict: conflict, dossier: visible ? dossier : nil)
            }
        }
    }

    /// Records a juror's declaration of interest on a dossier; it cannot be changed afterwards.
    func declare(conflict: Bool, on application: ApplicationID, in sittingId: JurySessionID, by member: Member) async throws -> Declaration {
        try await context.transaction { connection in
            let sitting = try await sitting(sittingId, for: member, on: connection)
            guard sitting.role(of: member) != nil else { throw JuryError.forbidden }
            guard !sitting.isClosed else { throw JuryError.conflict("La séance est close.") }
            _ = try await dossier(application, of: sitting, on: connection)
            let wanted = Declaration(applicationId: application, memberId: member.id, conflict: conflict, declaredAt: context.clock())
            let recorded = try await deliberations.declare(wanted, in: sitting.id, on: connection)
            guard recorded.conflict == conflict else {
                throw JuryError.conflict("Vous avez déjà fait votre déclaration sur ce dossier ; elle ne peut plus être modifiée.")
            }
            return recorded
        }
    }

    /// A dossier's details for a juror who declared no conflict, with their sheet; staff see every dossier.
    func details(of application: ApplicationID, in sittingId: JurySessionID, for member: Member) async throws -> (JuryDossier, CallRules, ScoreSheet?) {
        try await context.transaction { connection in
            let sitting = try await sitting(sittingId, for: member, on: connection)
            let (dossier, call) = try await openDossier(application, of: sitting, for: member, on: connection)
            let sheet = try await deliberations.sheets(of: sitting.id, on: connection)[application]?[member.id]
            return (dossier, call, sheet)
        }
    }

    /// The dossier and its call, once the member may see them: staff always, a juror after
    /// declaring no conflict.
    private func openDossier(_ application: ApplicationID, of sitting: Sitting, for member: Member,
                             on connection: PostgresConnection) async throws -> (JuryDossier, CallRules) {
        let dossier = try await dossier(application, of: sitting, on: connection)
        if member.role != .staff {
            guard let declaration = try await deliberations.declaration(of: member.id, on: application, in: sitting.id, on: connection) else {
                throw JuryError.conflict("Déclarez d'abord l'absence de conflit d'intérêts, ou déportez-vous, avant de consulter ce dossier.")
            }
            guard !declaration.conflict else { throw JuryError.forbidden }
        }
        guard let call = try await CallRulesRepository(logger: context.logger).find([dossier.callId], on: connection).first else {
            throw JuryError.notFound("L'appel de ce dossier est inconnu du jury.")
        }
        return (dossier, call)
    }

    /// Replaces the juror's scores on the dossier: one per criterion of its call, 0 to 5.
    func score(_ sheet: ScoreSheet, on application: ApplicationID, in sittingId: JurySessionID, by member: Member) async throws -> ScoreSheet {
        try await context.transaction { connection in
            let sitting = try await sitting(sittingId, for: member, forUpdate: true, on: connection)
            let (_, call) = try await openDossier(application, of: sitting, for: member, on: connection)
            guard member.role == .juror else { throw JuryError.forbidden }
            let checked = try sheet.validated(criteria: call.criteria).get()
            guard !sitting.isClosed else { throw JuryError.conflict("La séance est close : les notes sont figées.") }
            try await deliberations.saveScores(checked, of: member.id, on: application, in: sitting.id, on: connection)
            return checked
        }
    }

    /// Records (or changes) a decision before the sitting closes. Places and budget are taken
    /// in the same transaction, under the calls' checks.
    func decide(_ form: DecisionForm, on application: ApplicationID, in sittingId: JurySessionID, by member: Member) async throws -> RecordedDecision {
        try await context.transaction { connection in
            let sitting = try await sitting(sittingId, for: member, forUpdate: true, on: connection)
            guard sitting.mayDecide(member) else { throw JuryError.forbidden }
            guard !sitting.isClosed else { throw JuryError.conflict("La séance est close : ses décisions sont figées.") }
            let dossier = try await dossier(application, of: sitting, on: connection)
            let calls = CallRulesRepository(logger: context.logger)
            guard let call = try await calls.find([dossier.callId], on: connection).first else {
                throw JuryError.notFound("L'appel de ce dossier est inconnu du jury.")
            }
            let decision = try form.validated(call: call, requested: dossier.requestedSubsidy, eligibleCost: dossier.eligibleCost).get()
            let previous = try await deliberations.decisions(of: sitting.id, on: connection)[application]?.decision
            let places = (decision.kind == .selected ? 1 : 0) - (previous?.kind == .selected ? 1 : 0)
            let granted = decision.kind == .selected ? decision.grantedAmount ?? .zero : .zero
            let released = previous?.kind == .selected ? previous?.grantedAmount ?? .zero : .zero
            // Both are amounts a person entered (at most 100 million euros): the difference fits.
            guard let amount = granted.subtracting(released) else { throw JuryError.conflict("Montant hors limites.") }
            if places != 0 || amount != .zero {
                try await calls.use(places: places, amount: amount, of: call, on: connection)
            }
            let recorded = RecordedDecision(applicationId: application, decision: decision, decidedBy: member.actorLabel,
                                            decidedAt: context.clock())
            try await deliberations.saveDecision(recorded, in: sitting.id, on: connection)
            var details = ["decision": decision.kind.rawValue, "sitting": sitting.id.description]
            if let amount = decision.grantedAmount { details["grantedAmountCents"] = String(amount.cents) }
            try await context.audit.append("decision.recorded", subject: dossier.reference, details: details, by: member,
                                           at: recorded.decidedAt, on: connection)
            return recorded
        }
    }
}
