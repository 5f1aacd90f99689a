import Foundation
import Model

/// Reads a sitting's minutes; staff and the sitting's members may.
struct MinutesBuilder: Sendable {
    let context: JuryContext

    func minutes(of id: JurySessionID, for member: Member) async throws -> Minutes {
        try await context.transaction { connection in
            let sitting = try await DeliberationWorkflow(context: context).sitting(id, for: member, on: connection)
            let deliberations = DeliberationRepository(logger: context.logger)
            let agenda = try await deliberations.agenda(of: id, on: connection)
            let declarations = try await deliberations.declarations(of: id, on: connection)
            let sheets = try await deliberations.sheets(of: id, on: connection)
            let decisions = try await deliberations.decisions(of: id, on: connection)
            let calls = try await CallRulesRepository(logger: context.logger).find(sitting.callIds, on: connection)
            let criteria = Dictionary(uniqueKeysWithValues: calls.map { ($0.callId, $0.criteria.count) })
            let recused = Set(declarations.filter(\.conflict).map { [$0.applicationId.uuid, $0.memberId] })

            let scored = agenda.map { dossier in
                // A recused juror's scores cannot exist (they never see the dossier); left out all the same.
                let counted = (sheets[dossier.applicationId] ?? [:]).filter { !recused.contains([dossier.applicationId.uuid, $0.key]) }
                let (score, means) = Ranking.score(of: Array(counted.values), criteria: criteria[dossier.callId] ?? 0)
                return RankedDossier(applicationId: dossier.applicationId, reference: dossier.reference,
                                     applicantName: dossier.applicantName, callId: dossier.callId, priorityTarget: dossier.priorityTarget,
                                     submittedAt: dossier.submittedAt, score: score, criterionMeans: means)
            }
            let names = Dictionary(uniqueKeysWithValues: sitting.members.map { ($0.memberId, $0.displayName) })
            let references = Dictionary(uniqueKeysWithValues: agenda.map { ($0.applicationId, $0.reference) })
            return Minutes(
                sitting: sitting,
                quorumReached: sitting.members.filter(\.present).count >= sitting.quorum,
                declarations: declarations.map {
                    Minutes.DeclarationLine(reference: references[$0.applicationId] ?? "", member: names[$0.memberId] ?? "", conflict: $0.conflict)
                },
                ranking: Ranking.ranked(scored).map { Minutes.Line(dossier: $0, decision: decisions[$0.applicationId]?.decision) },
                calls: calls.map {
                    Minutes.CallBalance(callId: $0.callId, title: $0.title, criteria: $0.criteria, placesLeft: $0.placesLeft,
                                        budgetLeft: $0.budgetLeft)
                })
        }
    }
}
