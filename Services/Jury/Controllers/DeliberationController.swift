import Foundation
import Hummingbird
import Model
import ServiceKit

/// A sitting's agenda and what is done on its dossiers: declarations, scores, decisions.
struct DeliberationController: Sendable {
    let context: JuryContext

    struct DeclarationForm: Codable, Sendable {
        var conflict: Bool
    }

    struct Details: Encodable, Sendable {
        var dossier: JuryDossier
        var criteria: [String]
        var scores: ScoreSheet?
        /// The size criterion's suggested score, from the priority target.
        var suggestedScores: [ScoreSheet.Line]
    }

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        let accounts = context.accounts
        let workflow = DeliberationWorkflow(context: context)
        router.get("/api/sittings/{sitting}/agenda") { request, context in
            let member = try await accounts.bearer(of: request)
            let id = try context.parameters.identifier("sitting", as: JurySessionID.self)
            return try await refusingAsProblems {
                JSONBody(try await workflow.agenda(of: id, for: member))
            }
        }
        router.post("/api/sittings/{sitting}/dossiers/{dossier}/declaration") { request, context in
            let member = try await accounts.bearer(of: request)
            let id = try context.parameters.identifier("sitting", as: JurySessionID.self)
            let dossier = try context.parameters.identifier("dossier", as: ApplicationID.self)
            let form = try await request.decodeJSON(DeclarationForm.self)
            return try await refusingAsProblems {
                JSONBody(try await workflow.declare(conflict: form.conflict, on: dossier, in: id, by: member), status: .created)
            }
        }
        router.get("/api/sittings/{sitting}/dossiers/{dossier}") { request, context in
            let member = try await accounts.bearer(of: request)
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
            let member = try await accounts.bearer(of: request)
            let id = try context.parameters.identifier("sitting", as: JurySessionID.self)
            let dossier = try context.parameters.identifier("dossier", as: ApplicationID.self)
            let sheet = try await request.decodeJSON(ScoreSheet.self, multiLineFields: ["comment"])
            return try await refusingAsProblems {
                JSONBody(try await workflow.score(sheet, on: dossier, in: id, by: member))
            }
        }
        router.put("/api/sittings/{sitting}/dossiers/{dossier}/decision") { request, context in
            let member = try await accounts.bearer(of: request)
            let id = try context.parameters.identifier("sitting", as: JurySessionID.self)
            let dossier = try context.parameters.identifier("dossier", as: ApplicationID.self)
            let form = try await request.decodeJSON(DecisionForm.self, multiLineFields: ["motivation"])
            return try await refusingAsProblems {
                JSONBody(try await workflow.decide(form, on: dossier, in: id, by: member))
            }
        }
    }

}
