import Foundation
import Model
import ServiceKit

/// The applications service's operations in `/openapi.json`, their schemas inferred from the
/// types the handlers encode and decode (see `ApplicationsAPI+Examples.swift`).
enum ApplicationsAPI {
    typealias Operation = OpenAPIDocument.Operation
    typealias Response = OpenAPIDocument.Response
    typealias Schema = OpenAPIDocument.Schema
    typealias RequestBody = OpenAPIDocument.RequestBody
    typealias Parameter = OpenAPIDocument.Parameter

    static func operation(_ id: String, _ summary: String, tag: String, parameters: [Parameter] = [], body: RequestBody? = nil,
                          success: String = "200", _ response: Response, refusals: [String] = OpenAPIDocument.commonRefusals,
                          public isPublic: Bool = false) -> Operation {
        OpenAPIDocument.operation(id, summary, tag: tag, parameters: parameters, body: body, success: success, response,
                                  refusals: refusals, security: isPublic ? [] : nil)
    }

    static let dossierSchema = Schema.inferred(from: [DossierView(dossier(full: true), history: [history(full: true)]),
                                                      DossierView(dossier(full: false)),
                                                      DossierView(dossier(full: false), history: [history(full: false)])],
                                               enums: ["status": statuses])
    static let dossierResponse = Response(description: "Dossier (et son historique pour le personnel)", schema: dossierSchema,
                                  example: .encoding(DossierView(dossier(full: true), history: [history(full: true)])))
    static let applicantSchema = Schema.inferred(from: applicant(full: true), minimal: applicant(full: false), enums: ["kind": applicantKinds])
    static let rate = Schema.integer(minimum: 0, maximum: 10_000)
    static let callSchema = Schema.inferred(from: [call(full: true), call(full: false)],
                                            enums: ["action": actions, "eligibleKinds": applicantKinds], overrides: ["rate": rate])
    static let callResponse = Response(description: "Appel", schema: callSchema, example: .encoding(call(full: true)))
    static let callBody = RequestBody.inferred(from: [callForm(full: true), callForm(full: false)],
                                               enums: ["action": actions, "eligibleKinds": applicantKinds], overrides: ["rate": rate])
    static let draftBody = RequestBody.inferred(from: DossierDraft(projectTitle: "Visio-guichet", theme: "Services aux citoyens",
                                                                   summary: "Un guichet.", eligibleCost: Money(euros: 12_345)),
                                                minimal: DossierDraft())
    static let dossierFilters = [
        Parameter(query: "callId", description: "Appel.", schema: .string(format: "uuid")),
        Parameter(query: "status", description: "Statut.", schema: .string(enumeration: statuses)),
        Parameter(query: "department", description: "Département (09, 31, 2A…).", schema: .printableString()),
        Parameter(query: "priorityTarget", description: "Cible prioritaire (true ou false).", schema: .boolean()),
    ]

    static let paths: [String: [String: Operation]] = OpenAPIDocument.accessPaths(roles: Role.allCases.map(\.rawValue)).merging([
        "/api/accounts": ["post": operation(
            "createAccount", "Ouvre un compte : candidat (rattaché à une collectivité), instructeur ou administrateur (administrateur).",
            tag: "accès", body: .inferred(from: AccountOpening.Request(email: "secretariat@seix.example", displayName: "Secrétariat de Seix",
                                                                        password: "un-mot-de-passe-solide", role: .applicant, applicantId: applicantId),
                                          minimal: AccountOpening.Request(email: "", displayName: "", password: "", role: .instructor),
                                          enums: ["role": Role.allCases.map(\.rawValue)]),
            success: "201", Response(description: "Compte ouvert", schema: .inferred(
                from: AccountController.Created(id: UUID(uuidString: "0a2c0000-0000-4000-8000-000000000903")!, email: "secretariat@seix.example", role: .applicant, applicantId: applicantId),
                minimal: AccountController.Created(id: UUID(uuidString: "0a2c0000-0000-4000-8000-000000000904")!, email: "", role: .admin), enums: ["role": Role.allCases.map(\.rawValue)])))],
        "/api/calls": [
            "get": operation("listCalls", "Appels à candidatures et places restantes.", tag: "appels",
                             Response(description: "Appels", schema: .array(of: .inferred(
                                 from: [CallRepository.Listed(call: call(full: true), selectedCount: 1, remainingPlaces: 24),
                                        CallRepository.Listed(call: call(full: false), selectedCount: 0, remainingPlaces: 25)],
                                 enums: ["action": actions, "eligibleKinds": applicantKinds], overrides: ["rate": rate]))),
                             public: true),
            "post": operation("createCall", "Crée un appel (administrateur).", tag: "appels", body: callBody, success: "201", callResponse),
        ],
        "/api/calls/{id}": [
            "get": operation("getCall", "Un appel et ses règles.", tag: "appels", callResponse, public: true),
            "put": operation("updateCall", "Modifie un appel (administrateur).", tag: "appels", body: callBody, callResponse),
        ],
        "/api/calls/{id}/blank-form": ["get": operation("blankForm", "Le dossier de candidature vierge de l'appel (HTML à imprimer).",
                                                        tag: "appels", Response(description: "Document HTML", mediaType: "text/html", schema: .string()),
                                                        public: true)],
        "/api/calls/{id}/close": ["post": operation("closeCall", "Clôt un appel aux dépôts (administrateur).", tag: "appels", callResponse)],
        "/api/applicants": [
            "get": operation("listApplicants", "Collectivités (personnel).", tag: "collectivités",
                             Response(description: "Collectivités", schema: .array(of: applicantSchema))),
            "post": operation("createApplicant", "Enregistre une collectivité (personnel).", tag: "collectivités",
                              body: .inferred(from: [applicantForm(full: true), applicantForm(full: false), applicantWithMinimalContact],
                                              enums: ["kind": applicantKinds]), success: "201",
                              Response(description: "Collectivité", schema: applicantSchema, example: .encoding(applicant(full: true)))),
        ],
        "/api/applicants/{id}": ["get": operation("getApplicant", "Une collectivité et sa cible prioritaire.", tag: "collectivités",
                                                  Response(description: "Collectivité", schema: applicantSchema))],
        "/api/dossiers": [
            "get": operation("listDossiers", "Dossiers, filtrés ; un candidat ne voit que les siens.", tag: "dossiers", parameters: dossierFilters,
                             Response(description: "Dossiers", schema: .array(of: dossierSchema))),
            "post": operation("createDossier", "Crée un brouillon de dossier (le personnel nomme la collectivité).", tag: "dossiers",
                              body: .inferred(from: DossierController.NewDossier(callId: callId, applicantId: applicantId, projectTitle: "Visio-guichet",
                                                                                 theme: "Services aux citoyens", summary: "Un guichet.",
                                                                                 eligibleCost: Money(euros: 12_345)),
                                              minimal: DossierController.NewDossier(callId: callId)),
                              success: "201", dossierResponse),
        ],
        "/api/dossiers/export.csv": ["get": operation("exportDossiers", "Les dossiers filtrés, en CSV pour tableur français (personnel).",
                                                      tag: "dossiers", parameters: dossierFilters,
                                                      Response(description: "CSV UTF-8 avec BOM, séparateur ;", mediaType: "text/csv", schema: .string()))],
        "/api/dossiers/{id}/attachments": [
            "get": operation("listAttachments", "Les pièces jointes du dossier.", tag: "pièces",
                             Response(description: "Pièces", schema: .array(of: .inferred(from: attachment(), minimal: attachment(),
                                                                                          enums: ["kind": DocumentKind.allCases.map(\.rawValue)])))),
            "post": operation("addAttachment", "Joint un document (champ file ; PDF, ODT, ODS, DOCX, XLSX, PNG, JPEG).", tag: "pièces",
                              body: RequestBody(.object(["file": .string(format: "binary")], required: ["file"]), mediaType: "multipart/form-data"),
                              success: "201", Response(description: "Pièce", schema: .inferred(from: attachment(), minimal: attachment(),
                                                                                           enums: ["kind": DocumentKind.allCases.map(\.rawValue)])),
                              refusals: OpenAPIDocument.commonRefusals + ["415"]),
        ],
        "/api/dossiers/{id}/attachments/{attachmentId}": ["get": operation(
            "downloadAttachment", "Télécharge une pièce jointe.", tag: "pièces",
            Response(description: "Le document, avec le type reconnu à son dépôt", mediaTypes: DocumentKind.allCases.map(\.mediaType),
                     schema: .string(format: "binary")))],
        "/api/dossiers/{id}": [
            "get": operation("getDossier", "Un dossier (et son historique pour le personnel).", tag: "dossiers", dossierResponse),
            "put": operation("editDossier", "Enregistre le brouillon (ou un dossier incomplet).", tag: "dossiers", body: draftBody, dossierResponse),
        ],
        "/api/dossiers/{id}/submit": ["post": operation("submitDossier", "Dépose le dossier ; toutes les erreurs sont signalées ensemble.",
                                                        tag: "dossiers", dossierResponse)],
        "/api/dossiers/{id}/incomplete": ["post": operation(
            "declareIncomplete", "Déclare le dossier incomplet avec un message (personnel).", tag: "dossiers",
            body: .inferred(from: DossierController.StaffMessage(message: "Joindre la délibération."),
                            minimal: DossierController.StaffMessage(message: "")), dossierResponse)],
        "/api/dossiers/{id}/complete": ["post": operation("declareComplete", "Déclare le dossier complet (personnel).", tag: "dossiers", dossierResponse)],
        "/api/dossiers/{id}/withdraw": ["post": operation("withdrawDossier", "Retire le dossier avant décision.", tag: "dossiers", dossierResponse)],
        "/api/dossiers/{id}/close": ["post": operation("closeDossier", "Clôt un dossier décidé ou retiré (personnel).", tag: "dossiers", dossierResponse)],
    ]) { _, own in own }.merging(personalDataPaths) { _, own in own }
}
