import Events
import Foundation
import Logging
import Model
import Persistence
import PostgresNIO
import ServiceKit
import StaffAccess

/// The dossier lifecycle: each transition is one transaction with its history row and,
/// when others must hear of it, its outbox event.
struct DossierWorkflow: Sendable {
    let context: ApplicationsContext
    private var logger: Logger { context.logger }
    private var dossiers: DossierRepository { DossierRepository(logger: logger) }

    /// Starts a draft for the principal's collectivité (staff name the applicant).
    func createDraft(callId: CallID, applicantId: ApplicantID?, draft: DossierDraft, by principal: Principal) async throws -> Dossier {
        guard let applicantId = principal.role.isStaff ? applicantId : principal.applicantId else {
            throw WorkflowError.invalid([FieldError(field: "applicantId", message: "Indiquez la collectivité candidate.")])
        }
        guard principal.mayAccess(applicant: applicantId) else { throw WorkflowError.forbidden }
        let now = context.clock()
        guard let (call, applicantExists) = try await dossiers.draftFacts(call: callId, applicant: applicantId, on: context.database) else {
            throw WorkflowError.invalid([FieldError(field: "callId", message: "Cet appel à candidatures n'existe pas.")])
        }
        guard applicantExists else {
            throw WorkflowError.invalid([FieldError(field: "applicantId", message: "Cette collectivité n'existe pas.")])
        }
        if let refusal = draft.eligibleCost.flatMap(DossierDraft.refusal(ofEligibleCost:)) { throw WorkflowError.invalid([refusal]) }
        let dossier = Dossier(id: ApplicationID(), reference: "", callId: call.id, applicantId: applicantId, status: .draft,
                              projectTitle: draft.projectTitle ?? "", theme: draft.theme ?? "", summary: draft.summary ?? "",
                              eligibleCost: call.subsidyRule == nil ? nil : draft.eligibleCost, requestedSubsidy: nil,
                              staffMessage: nil, createdAt: now, updatedAt: now, submittedAt: nil)
        do {
            return try await dossiers.create(dossier, referencePrefix: call.action.referencePrefix, year: ParisTime.localDate(of: now).year,
                                             actor: principal.historyLabel, action: "Création du brouillon", on: context.database)
        } catch is DossierRepository.AlreadyOpen {
            throw WorkflowError.invalid([FieldError(field: "callId",
                                                    message: "Votre collectivité a déjà un dossier en cours pour cet appel : complétez-le plutôt que d'en créer un second.")])
        }
    }

    /// Saves the applicant's fields on a draft, or on a dossier sent back as incomplete.
    func edit(_ id: ApplicationID, draft: DossierDraft, by principal: Principal) async throws -> Dossier {
        try await transition(id, .edit, by: principal, history: "Modification") { dossier, call, _, _ in
            if let refusal = draft.eligibleCost.flatMap(DossierDraft.refusal(ofEligibleCost:)) { throw WorkflowError.invalid([refusal]) }
            if let title = draft.projectTitle { dossier.projectTitle = title }
            if let theme = draft.theme { dossier.theme = theme }
            if let summary = draft.summary { dossier.summary = summary }
            if call.subsidyRule != nil, let cost = draft.eligibleCost { dossier.eligibleCost = cost }
            return nil
        }
    }

    /// Checks everything at once; on success the dossier is submitted and announced.
    func submit(_ id: ApplicationID, by principal: Principal) async throws -> Dossier {
        try await transition(id, .submit, by: principal, history: "Dépôt du dossier") { dossier, call, applicant, now in
            let draft = DossierDraft(projectTitle: dossier.projectTitle, theme: dossier.theme, summary: dossier.summary,
                                     eligibleCost: dossier.eligibleCost)
            switch SubmissionValidator(call: call, applicant: applicant).check(draft, at: now) {
            case .failure(let failure):
                throw WorkflowError.invalid(failure.errors)
            case .success(let accepted):
                dossier.projectTitle = accepted.projectTitle
                dossier.theme = accepted.theme
                dossier.summary = accepted.summary
                dossier.eligibleCost = accepted.eligibleCost
                dossier.requestedSubsidy = accepted.requestedSubsidy
                dossier.submittedAt = now
                dossier.staffMessage = nil
            }
            return .submitted(ApplicationSubmitted(
                applicationId: dossier.id, reference: dossier.reference, callId: call.id, action: call.action,
                applicant: applicant.snapshot, contacts: applicant.contacts, projectTitle: dossier.projectTitle, theme: dossier.theme,
                eligibleCost: dossier.eligibleCost, requestedSubsidy: dossier.requestedSubsidy, submittedAt: now))
        }
    }

    /// Staff send the dossier back with the list of what is missing.
    func declareIncomplete(_ id: ApplicationID, message: String, by principal: Principal) async throws -> Dossier {
        guard principal.role.isStaff else { throw WorkflowError.forbidden }
        let message = message.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !message.isEmpty else {
            throw WorkflowError.invalid([FieldError(field: "message", message: "Indiquez au candidat les pièces ou informations manquantes.")])
        }
        return try await transition(id, .declareIncomplete, by: principal, history: "Déclaré incomplet", message: message) { dossier, _, _, _ in
            dossier.staffMessage = message
            return .incomplete(ApplicationDeclaredIncomplete(applicationId: dossier.id, reference: dossier.reference, message: message))
        }
    }

    func declareComplete(_ id: ApplicationID, by principal: Principal) async throws -> Dossier {
        guard principal.role.isStaff else { throw WorkflowError.forbidden }
        return try await transition(id, .declareComplete, by: principal, history: "Déclaré complet") { dossier, _, _, now in
            // Read beside the write, not in its transaction: two completions at the same instant may
            // both give the same count, so the jury may under-count for a moment, never over-count.
            let completeInCall = try await dossiers.completeCount(of: dossier.callId, including: dossier.id, on: context.database)
            return .complete(ApplicationDeclaredComplete(applicationId: dossier.id, reference: dossier.reference, completedAt: now,
                                                         completeInCall: completeInCall))
        }
    }

    func withdraw(_ id: ApplicationID, by principal: Principal) async throws -> Dossier {
        try await transition(id, .withdraw, by: principal, history: "Retrait par le candidat") { dossier, _, _, now in
            .withdrawn(ApplicationWithdrawn(applicationId: dossier.id, reference: dossier.reference, withdrawnAt: now))
        }
    }

    func close(_ id: ApplicationID, by principal: Principal) async throws -> Dossier {
        guard principal.role.isStaff else { throw WorkflowError.forbidden }
        return try await transition(id, .close, by: principal, history: "Clôture") { dossier, _, _, now in
            .closed(ApplicationClosed(applicationId: dossier.id, reference: dossier.reference, closedAt: now))
        }
    }

    /// The event a transition publishes.
    enum Announcement {
        case submitted(ApplicationSubmitted)
        case incomplete(ApplicationDeclaredIncomplete)
        case complete(ApplicationDeclaredComplete)
        case withdrawn(ApplicationWithdrawn)
        case closed(ApplicationClosed)
    }

    /// Reads the dossier with its call and applicant, checks the transition and the principal's
    /// rights, lets `change` fill in the dossier, then writes it, its history and its event in
    /// one statement.
    ///
    /// The write happens only if the dossier is still as it was read; otherwise (someone changed
    /// it in between) everything is checked again on a fresh reading. Two round trips instead of
    /// a locking transaction's seven, and no lock held while the rules run.
    private func transition(
        _ id: ApplicationID, _ action: DossierAction, by principal: Principal, history: String, message: String? = nil,
        _ change: @Sendable (inout Dossier, Call, Applicant, Date) async throws -> Announcement?
    ) async throws -> Dossier {
        let now = context.clock()
        for _ in 0..<Self.attemptsOnConflict {
            guard let current = try await dossiers.current(id, on: context.database),
                  principal.mayAccess(applicant: current.dossier.applicantId) else {
                // Another collectivité's dossier is not even acknowledged to exist.
                throw WorkflowError.notFound("Aucun dossier ne porte cet identifiant.")
            }
            var dossier = current.dossier
            guard let next = dossier.status.after(action) else {
                throw WorkflowError.impossible(action, from: dossier.status, reference: dossier.reference)
            }
            let announcement = try await change(&dossier, current.call, current.applicant, now)
            dossier.status = next
            dossier.updatedAt = now
            let event = try record(of: announcement)
            let completedAt = action == .declareComplete ? now : nil
            guard principal.role.isStaff else {
                if try await dossiers.write(dossier, ifStillAt: current.version, completedAt: completedAt, event: event,
                                            actor: principal.historyLabel, action: history, message: message, on: context.database) {
                    return dossier
                }
                continue
            }
            // Staff's transitions go in the audit trail, in the transaction that writes them.
            let written = try await context.transaction { connection in
                guard try await dossiers.write(dossier, ifStillAt: current.version, completedAt: completedAt, event: event,
                                               actor: principal.historyLabel, action: history, message: message, on: connection) else {
                    return false
                }
                try await context.audit.append("dossier.\(action.rawValue)", subject: dossier.reference,
                                               details: ["status": dossier.status.rawValue], by: principal, at: now, on: connection)
                return true
            }
            if written { return dossier }
        }
        throw WorkflowError.conflict("Le dossier a été modifié par quelqu'un d'autre au même moment : rechargez-le et recommencez.")
    }

    /// How many times a transition reads again a dossier changed under it before giving up.
    static let attemptsOnConflict = 5

    private func record(of announcement: Announcement?) throws -> OutboxRecord? {
        switch announcement {
        case nil: nil
        case .submitted(let event): try record(event)
        case .incomplete(let event): try record(event)
        case .complete(let event): try record(event)
        case .withdrawn(let event): try record(event)
        case .closed(let event): try record(event)
        }
    }

    private func record<Payload: EventPayload>(_ payload: Payload) throws -> OutboxRecord {
        try OutboxRecord(EventEnvelope(source: "applications", data: payload))
    }
}
