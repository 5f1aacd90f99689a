import Events
import Foundation
import ServiceKit

/// The personal data requests in `/openapi.json`.
extension ApplicationsAPI {
    static let personalDataRequestId = UUID(uuidString: "0a2c0000-0000-4000-8000-0000000000f1")!
    static let personalDataKinds = PersonalDataRequestKind.allCases.map(\.rawValue)

    static func personalDataRequest(full: Bool) -> PersonalDataRequestView {
        PersonalDataRequestView(PersonalDataRequest(
            id: personalDataRequestId, kind: .export, subject: "é•••@mairie-seix.example", requestedAt: instant,
            confirmations: full ? [.init(service: "training", recordCount: 2, processedAt: instant)] : []))
    }

    static let personalDataRequestSchema = Schema.inferred(from: [personalDataRequest(full: true), personalDataRequest(full: false)],
                                                           enums: ["kind": personalDataKinds])
    static let personalDataRequestResponse = Response(description: "Demande et confirmations des services", schema: personalDataRequestSchema,
                                                      example: .encoding(personalDataRequest(full: true)))
    static let personalDataExport = PersonalDataExport(requestId: personalDataRequestId, subject: "é•••@mairie-seix.example", complete: true, services: [
        .init(service: "training", records: [PersonalRecord(category: "Inscription à une formation", fields: ["Nom": "Élise Dupré"])]),
        .init(service: "jury", records: []),
    ])

    static let personalDataPaths: [String: [String: Operation]] = [
        "/api/personal-data-requests": [
            "get": operation("listPersonalDataRequests", "Demandes sur des données personnelles, les plus récentes d'abord (administrateur).",
                             tag: "données personnelles", Response(description: "Demandes", schema: .array(of: personalDataRequestSchema))),
            "post": operation("requestPersonalData",
                              "Transmet à tous les services la demande d'une personne : copie (export) ou effacement (erasure) de ses données (administrateur).",
                              tag: "données personnelles",
                              body: .inferred(from: PersonalDataDesk.Form(email: "elise.dupre@mairie-seix.example", kind: "erasure"),
                                              minimal: PersonalDataDesk.Form(), enums: ["kind": personalDataKinds]),
                              success: "201", personalDataRequestResponse),
        ],
        "/api/personal-data-requests/{id}": ["get": operation(
            "getPersonalDataRequest", "Une demande et les services qui l'ont confirmée (administrateur).", tag: "données personnelles",
            personalDataRequestResponse)],
        "/api/personal-data-requests/{id}/export": ["get": operation(
            "exportPersonalData", "La copie des données de la personne, par service ; partielle tant que tous n'ont pas répondu (administrateur).",
            tag: "données personnelles",
            Response(description: "Copie des données", schema: .inferred(
                from: [personalDataExport], overrides: ["fields": Schema(type: "object", additionalProperties: .string())]),
                example: .encoding(personalDataExport)))],
    ]
}
