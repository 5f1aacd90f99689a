import ServiceKit

/// The jury service's operations in `/openapi.json`.
enum JuryAPI {
    private static func operation(_ id: String, _ summary: String, _ tag: String, _ success: String = "200",
                                  array: Bool = false) -> OpenAPIDocument.Operation {
        OpenAPIDocument.operation(id, summary, tag, success, OpenAPIDocument.jsonResponse(summary, array: array))
    }

    static let paths: [String: [String: OpenAPIDocument.Operation]] = [
        "/api/auth/token": ["post": operation("issueToken", "Échange adresse et mot de passe contre un jeton (Bearer).", "accès", "201")],
        "/api/sittings": [
            "get": operation("listSittings", "Séances visibles par le compte (toutes pour l'équipe, les siennes pour un juré).", "séances", array: true),
            "post": operation("scheduleSitting", "Programme une séance : date, appels examinés, date limite, membres, quorum.", "séances", "201"),
        ],
        "/api/sittings/proposal": ["get": operation("proposeSitting", "Date proposée pour la prochaine séance (quatre mois après la dernière).", "séances")],
        "/api/sittings/{sitting}": ["get": operation("getSitting", "Une séance.", "séances")],
        "/api/sittings/{sitting}/close": ["post": operation("closeSitting", "Clôt la séance et publie ses décisions.", "séances")],
        "/api/sittings/{sitting}/minutes": ["get": operation("getMinutes", "Procès-verbal de la séance.", "séances")],
        "/api/sittings/{sitting}/minutes.csv": ["get": OpenAPIDocument.operation(
            "getMinutesCSV", "Procès-verbal de la séance (CSV pour tableur : UTF-8 avec BOM, « ; »).", "séances", "200",
            OpenAPIDocument.Response(description: "Classement et décisions", mediaType: "text/csv"))],
        "/api/sittings/{sitting}/agenda": ["get": operation("getAgenda", "Ordre du jour, avec les déclarations du juré.", "délibération", array: true)],
        "/api/sittings/{sitting}/dossiers/{dossier}/declaration": [
            "post": operation("declareInterest", "Déclaration d'absence de conflit d'intérêts, ou déport.", "délibération", "201"),
        ],
        "/api/sittings/{sitting}/dossiers/{dossier}": ["get": operation("getDossier", "Un dossier de l'ordre du jour, après déclaration.", "délibération")],
        "/api/sittings/{sitting}/dossiers/{dossier}/scores": ["put": operation("scoreDossier", "Notes du juré, critère par critère (0 à 5).", "délibération")],
        "/api/sittings/{sitting}/dossiers/{dossier}/decision": [
            "put": operation("decideDossier", "Décision : retenu (montant ou jours), non retenu (motivé) ou ajourné.", "délibération"),
        ],
    ]
}
