import Foundation
import ServiceKit

extension ResourcesAPI {
    static let snapshot = DiagnosticSnapshot(year: 2007, figures: indicators(filtered: false), frozenAt: instant, frozenBy: "Équipe du centre",
                                             publicationId: publicationId)
    /// A diagnostic frozen before the websites were diagnosed has no `websites`.
    static let snapshotSchema = Schema.inferred(from: [snapshot, DiagnosticSnapshot(year: 2006, figures: indicators(filtered: true), frozenAt: instant,
                                                                                     frozenBy: "Équipe du centre", publicationId: publicationId)])
    static let snapshotResponse = Response(description: "Diagnostic annuel figé", schema: snapshotSchema, example: .encoding(snapshot))

    static let diagnosticPaths: [String: [String: OpenAPIDocument.Operation]] = [
        "/api/diagnostics": [
            "get": OpenAPIDocument.operation(
                "listDiagnostics", "Les diagnostics annuels figés, la dernière année d'abord.", tag: "indicateurs",
                Response(description: "Diagnostics", schema: .array(of: snapshotSchema), example: .encoding([snapshot])), security: []),
            "post": OpenAPIDocument.operation(
                "freezeDiagnostic", "Fige les indicateurs d'une année et les publie comme diagnostic annuel, une seule fois (équipe).",
                tag: "indicateurs", body: .inferred(from: [FreezeRequest(year: 2007)]), success: "201", snapshotResponse),
        ],
        "/api/diagnostics/{year}": ["get": OpenAPIDocument.operation(
            "getDiagnostic", "Le diagnostic figé d'une année.", tag: "indicateurs",
            parameters: [OpenAPIDocument.Parameter(path: "year", description: "Année du diagnostic", schema: .integer(minimum: 2000, maximum: 2100))],
            snapshotResponse, security: [])],
    ]
}
