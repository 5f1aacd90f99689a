import ServiceKit

/// The applications service's operations in `/openapi.json`.
enum ApplicationsAPI {
    typealias Operation = OpenAPIDocument.Operation
    typealias Response = OpenAPIDocument.Response
    typealias Schema = OpenAPIDocument.Schema

    static let problem = OpenAPIDocument.problemResponse

    static func json(_ description: String, array: Bool = false) -> Response {
        OpenAPIDocument.jsonResponse(description, array: array)
    }

    static func operation(_ id: String, _ summary: String, _ tag: String, _ success: String, _ response: Response,
                          refusals: [String] = ["400", "401", "403", "404", "409", "422"]) -> Operation {
        OpenAPIDocument.operation(id, summary, tag, success, response, refusals: refusals)
    }

    static let paths: [String: [String: Operation]] = [
        "/api/auth/token": ["post": operation("issueToken", "Échange adresse et mot de passe contre un jeton (Bearer).", "accès",
                                              "201", json("Jeton et date d'expiration"), refusals: ["400", "401"])],
        "/api/accounts": ["post": operation("createAccount", "Ouvre un compte : candidat (rattaché à une collectivité), instructeur ou administrateur (administrateur).",
                                            "accès", "201", json("Compte créé"))],
        "/api/calls": [
            "get": operation("listCalls", "Appels à candidatures et places restantes.", "appels", "200", json("Appels", array: true), refusals: []),
            "post": operation("createCall", "Crée un appel (administrateur).", "appels", "201", json("Appel créé")),
        ],
        "/api/calls/{id}": [
            "get": operation("getCall", "Un appel et ses règles.", "appels", "200", json("Appel"), refusals: ["404"]),
            "put": operation("updateCall", "Modifie un appel (administrateur).", "appels", "200", json("Appel modifié")),
        ],
        "/api/calls/{id}/blank-form": ["get": operation("blankForm", "Le dossier de candidature vierge de l'appel (HTML à imprimer).", "appels",
                                                        "200", Response(description: "Document HTML", mediaType: "text/html"), refusals: ["404"])],
        "/api/calls/{id}/close": ["post": operation("closeCall", "Clôt un appel aux dépôts (administrateur).", "appels", "200", json("Appel clos"))],
        "/api/applicants": [
            "get": operation("listApplicants", "Collectivités (personnel).", "collectivités", "200", json("Collectivités", array: true)),
            "post": operation("createApplicant", "Enregistre une collectivité (personnel).", "collectivités", "201", json("Collectivité")),
        ],
        "/api/applicants/{id}": ["get": operation("getApplicant", "Une collectivité et sa cible prioritaire.", "collectivités", "200",
                                                  json("Collectivité"))],
        "/api/dossiers": [
            "get": operation("listDossiers", "Dossiers, filtrés par callId, status, department, priorityTarget ; un candidat ne voit que les siens.",
                             "dossiers", "200", json("Dossiers", array: true)),
            "post": operation("createDossier", "Crée un brouillon de dossier.", "dossiers", "201", json("Brouillon")),
        ],
        "/api/dossiers/export.csv": ["get": operation("exportDossiers", "Les dossiers filtrés, en CSV pour tableur français (personnel).", "dossiers",
                                                      "200", Response(description: "CSV UTF-8 avec BOM, séparateur ;", mediaType: "text/csv"))],
        "/api/dossiers/{id}/attachments": [
            "get": operation("listAttachments", "Les pièces jointes du dossier.", "pièces", "200", json("Pièces", array: true)),
            "post": operation("addAttachment", "Joint un document (multipart/form-data, champ file ; PDF, ODT, ODS, DOCX, XLSX, PNG, JPEG).",
                              "pièces", "201", json("Pièce"), refusals: ["400", "401", "404", "409", "413", "415", "422"]),
        ],
        "/api/dossiers/{id}/attachments/{attachmentId}": ["get": operation("downloadAttachment", "Télécharge une pièce jointe.", "pièces",
                                                                           "200", Response(description: "Le document"), refusals: ["401", "404"])],
        "/api/dossiers/{id}": [
            "get": operation("getDossier", "Un dossier (et son historique pour le personnel).", "dossiers", "200", json("Dossier")),
            "put": operation("editDossier", "Enregistre le brouillon (ou un dossier incomplet).", "dossiers", "200", json("Dossier")),
        ],
        "/api/dossiers/{id}/submit": ["post": operation("submitDossier", "Dépose le dossier ; toutes les erreurs sont signalées ensemble.",
                                                        "dossiers", "200", json("Dossier déposé"))],
        "/api/dossiers/{id}/incomplete": ["post": operation("declareIncomplete", "Déclare le dossier incomplet avec un message (personnel).",
                                                            "dossiers", "200", json("Dossier"))],
        "/api/dossiers/{id}/complete": ["post": operation("declareComplete", "Déclare le dossier complet (personnel).", "dossiers", "200",
                                                          json("Dossier"))],
        "/api/dossiers/{id}/withdraw": ["post": operation("withdrawDossier", "Retire le dossier avant décision.", "dossiers", "200",
                                                          json("Dossier"))],
        "/api/dossiers/{id}/close": ["post": operation("closeDossier", "Clôt un dossier décidé ou retiré (personnel).", "dossiers", "200",
                                                       json("Dossier"))],
    ]
}
