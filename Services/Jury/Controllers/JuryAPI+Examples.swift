import Foundation
import Model

/// Values of the API's types, each with every optional field (`full`) and with none
/// (`minimal`): the OpenAPI document's schemas are inferred from them, and `full` is the example.
extension JuryAPI {
    static let instant = ParisTime.instant(LocalDate(year: 2007, month: 6, day: 1), hour: 9)
    static let sittingId = JurySessionID(uuidString: "0a2c0000-0000-4000-8000-0000000000c1")!
    static let dossierId = ApplicationID(uuidString: "0a2c0000-0000-4000-8000-0000000000d1")!
    static let callId = CallID(uuidString: "0a2c0000-2006-4000-8000-000000000003")!
    static let memberId = UUID(uuidString: "0a2c0000-0000-4000-8000-0000000000e1")!

    static func sitting(full: Bool) -> Sitting {
        Sitting(id: sittingId, sittingDate: LocalDate(year: 2007, month: 6, day: 15), cutOff: instant, quorum: 1, callIds: [callId],
                members: [SittingMember(memberId: memberId, displayName: "Présidente", role: .chair, present: true)],
                closedAt: full ? instant : nil)
    }

    static func dossier(full: Bool) -> JuryDossier {
        JuryDossier(applicationId: dossierId, reference: "PI-2007-0001", callId: callId, applicantName: "Commune de Saint-Lary",
                    applicantKind: "commune", department: "09", population: 1_240, priorityTarget: true, projectTitle: "Visio-guichet",
                    theme: "Services aux citoyens", eligibleCost: full ? Money(euros: 12_345) : nil,
                    requestedSubsidy: full ? Money(euros: 9_876) : nil, submittedAt: instant)
    }

    static func decision(full: Bool) -> Decision {
        Decision(kind: .selected, grantedAmount: full ? Money(euros: 9_876) : nil, consultingDays: full ? 7 : nil,
                 motivation: full ? "Projet exemplaire." : nil)
    }

    static func sheet(full: Bool) -> ScoreSheet {
        ScoreSheet(scores: [ScoreSheet.Line(criterion: 0, score: 4, comment: full ? "Bonne taille." : nil)])
    }

    /// With `full`, two lines: one decision with every field, one with none (a rejection without amount).
    static func minutes(full: Bool) -> Minutes {
        let ranked = RankedDossier(applicationId: dossierId, reference: "PI-2007-0001", applicantName: "Commune de Saint-Lary",
                                   callId: callId, priorityTarget: true, submittedAt: instant, score: full ? 3.5 : nil, criterionMeans: [3.5], rank: 1)
        return Minutes(sitting: sitting(full: full), quorumReached: true,
                declarations: [Minutes.DeclarationLine(reference: "PI-2007-0001", member: "Présidente", conflict: false)],
                ranking: full ? [Minutes.Line(dossier: ranked, decision: decision(full: true)), Minutes.Line(dossier: ranked, decision: decision(full: false))]
                    : [Minutes.Line(dossier: ranked, decision: nil)],
                calls: [Minutes.CallBalance(callId: callId, title: "Soutien aux projets innovants", criteria: ["Taille"], placesLeft: 24,
                                            budgetLeft: full ? Money(euros: 1_240_124) : nil)])
    }

    static let enums: [String: [String]] = [
        "role": SittingRole.allCases.map(\.rawValue), "kind": DecisionKind.allCases.map(\.rawValue),
        "decision": DecisionKind.allCases.map(\.rawValue),
    ]
}
