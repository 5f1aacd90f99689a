import Foundation
import Hummingbird
import Model
import ServiceKit

/// A sitting's agenda and what is done on its dossiers: declarations, scores, decisions.
struct DeliberationController: Sendable {
    let context: JuryContext

    /// An agenda line: who applies, so that a juror can tell a conflict; the details only
    /// once the juror declared none.
    struct AgendaEntry: Encodable, Sendable {
        var applicationId: ApplicationID
        var reference: String
        var applicantName: String
        /// `nil` until declared; `true` when the juror recused themselves.
        var conflict: Bool?
        var dossier: JuryDossier?
    }

    struct DeclarationForm: Decodable, Sendable {
        var conflict: Bool
    }

    struct Details: Encodable, Sendable {
        var dossier: JuryDossier
        var criteria: [String]
        var scores: ScoreSheet?
        /// The size criterion's suggested score, from the priority target.
        var suggestedScores: [ScoreSheet.Line]
    }

    func addRoutes(to router: Router<BasicRequestContext>) {
        let authenticator = JuryAuthenticator(context: context)
        let workflow = DeliberationWorkflow(context: context)
        router.get("/api/sittings/{sitting}/agenda") { request, context in
            let member = try await authenticator.member(of: request)
            let id = try context.parameters.identifier("sitting", as: JurySessionID.self)
            return try await refusingAsProblems {
                JSONBody(try await agenda(of: id, for: member))
            }
        }
        router.post("/api/sittings/{sitting}/dossiers/{dossier}/declaration") { request, context in
            let member = try await authenticator.member(of: request)
            let id = try context.parameters.identifier("sitting", as: JurySessionID.self)
            let dossier = try context.parameters.identifier("dossier", as: ApplicationID.self)
            let form = try await request.decodeJSON(DeclarationForm.self)
            return try await refusingAsProblems {
                JSONBody(try await workflow.declare(conflict: form.conflict, on: dossier, in: id, by: member), status: .created)
            }
        }
        router.get("/api/sittings/{sitting}/dossiers/{dossier}") { request, context in
            let member = try await authenticator.member(of: request)
            let id = try context.parameters.identifier("sitting", as: JurySessionID.self)
            let dossier = try context.parameters.identifier("dossier", as: ApplicationID.self)
            return try await refusingAsProblems {
                let (found, call, sheet) = try await workflow.details(of: dossier, in: id, for: member)
                let suggested = call.sizeCriterion.map {
                    [ScoreSheet.Line(criterion: $0, score: ScoreSheet.suggestedSizeScore(priorityTarget: found.priorityTarget))]
                } ?? []
                return JSONBody(Details(dossier: found, criteria: call.criteria, scores: sheet, suggestedScores: suggested))
            }
        }
        router.put("/api/sittings/{sitting}/dossiers/{dossier}/scores") { request, context in
            let member = try await authenticator.member(of: request)
            let id = try context.parameters.identifier("sitting", as: JurySessionID.self)
            let dossier = try context.parameters.identifier("dossier", as: ApplicationID.self)
            let sheet = try await request.decodeJSON(ScoreSheet.self)
            return try await refusingAsProblems {
                JSONBody(try await workflow.score(sheet, on: dossier, in: id, by: member))
            }
        }
        router.put("/api/sittings/{sitting}/dossiers/{dossier}/decision") { request, context in
            let member = try await authenticator.member(of: request)
            let id = try context.parameters.identifier("sitting", as: JurySessionID.self)
            let dossier = try context.parameters.identifier("dossier", as: ApplicationID.self)
            let form = try await request.decodeJSON(DecisionForm.self)
            return try await refusingAsProblems {
                JSONBody(try await workflow.decide(form, on: dossier, in: id, by: member))
            }
        }
    }

    private func agenda(of id: JurySessionID, for member: Member) async throws -> [AgendaEntry] {
        try await context.transaction { connection in
            let sitting = try await DeliberationWorkflow(context: context).sitting(id, for: member, on: connection)
            let repository = DeliberationRepository(logger: context.logger)
            let declarations = try await repository.declarations(of: sitting.id, on: connection).filter { $0.memberId == member.id }
            return try await repository.agenda(of: sitting.id, on: connection).map { dossier in
                let conflict = declarations.first { $0.applicationId == dossier.applicationId }?.conflict
                let visible = member.role == .staff || conflict == false
                return AgendaEntry(applicationId: dossier.applicationId, reference: dossier.reference,
                                   applicantName: dossier.applicantName, conflict: conflict,
                                   dossier: visible ? dossier : nil)
            }
        }
    }
}
