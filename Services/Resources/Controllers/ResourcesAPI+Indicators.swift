import Foundation
import Model
import ServiceKit

extension ResourcesAPI {
    static func indicators(filtered: Bool) -> ProgrammeIndicators {
        let line = ProgrammeIndicators.Line(code: "09", label: "Ariège", dossiers: 12, selected: 5, requestedCents: 12_000_000,
                                            grantedCents: 4_500_000, sessionsHeld: 3, registrations: 41, electedTrained: 30)
        return ProgrammeIndicators(
            year: filtered ? 2007 : nil, department: filtered ? "09" : nil, dossiers: 12, priorityTargetDossiers: 7,
            requestedCents: 12_000_000, grantedCents: 4_500_000,
            byStatus: [.init(code: DossierStatus.selected.rawValue, label: DossierStatus.selected.frenchLabel, count: 5)],
            byCall: filtered ? [] : [.init(callId: UUID(uuidString: "0e000000-0000-4000-8000-000000000003")!, title: "Appel 2007 — projets innovants",
                                           action: FundingAction.innovationGrant.rawValue, year: 2007, maxBeneficiaries: 10, dossiers: 12, selected: 5)],
            sessionsHeld: 3, registrations: 41, electedTrained: 30, electedObjective: ProgrammeIndicators.electedObjective,
            byDepartment: [line], byYear: filtered ? [] : [line], websites: filtered ? nil : websiteFigures)
    }

    static let websiteFigures: WebsiteFigures = {
        let line = WebsiteFigures.Line(code: "ensemble", label: "Ensemble des sites", sites: 40, httpsShare: 85, accessibilityStatementShare: 30,
                                       onlineServicesShare: 55, medianScore: 61)
        var ariege = line
        ariege.code = "09"
        ariege.label = "Ariège"
        var small = line
        small.code = "0"
        small.label = WebsiteFigures.bands[0].label
        return WebsiteFigures(overall: line, byDepartment: [ariege], byPopulation: [small])
    }()

    static let indicatorParameters = [
        OpenAPIDocument.Parameter(query: "annee", description: "Année (dépôt des dossiers, date des sessions)", schema: .integer(minimum: 2000, maximum: 2100)),
        OpenAPIDocument.Parameter(query: "departement", description: "Code du département de Midi-Pyrénées",
                                  schema: .string(enumeration: Department.names.map(\.code))),
    ]

    static let indicatorPaths: [String: [String: OpenAPIDocument.Operation]] = [
        "/api/indicators": ["get": OpenAPIDocument.operation(
            "getIndicators", "Les indicateurs du programme, calculés en direct, pour une année et un département ou pour tout le programme.",
            tag: "indicateurs", parameters: indicatorParameters,
            Response(description: "Indicateurs", schema: .inferred(from: [indicators(filtered: false), indicators(filtered: true)]),
                     example: .encoding(indicators(filtered: false))),
            security: [])],
    ]
}
