import ServiceKit

/// The notifications service's operations in `/openapi.json`.
enum NotificationsAPI {
    private static func operation(_ id: String, _ summary: String, _ tag: String, _ success: String = "200",
                                  array: Bool = false) -> OpenAPIDocument.Operation {
        OpenAPIDocument.operation(id, summary, tag, success, OpenAPIDocument.jsonResponse(summary, array: array))
    }

    static let paths: [String: [String: OpenAPIDocument.Operation]] = [
        "/api/auth/token": ["post": operation("issueToken", "Échange adresse et mot de passe contre un jeton (Bearer).", "accès", "201")],
        "/api/messages": ["get": operation(
            "searchMessages", "Journal des envois : par référence de dossier (reference), par adresse (address) ou les messages en échec (status=failed), sinon les derniers.",
            "journal", array: true)],
        "/api/messages/{message}": ["get": operation("getMessage", "Un message : état, tentatives, dernière réponse du serveur.", "journal")],
        "/api/subscriptions": ["post": operation(
            "subscribe", "Abonnement aux nouvelles publications : un lien de confirmation est envoyé à l'adresse (réponse identique dans tous les cas ; 429 au-delà du plafond horaire de liens envoyés).",
            "abonnements", "202")],
        "/api/messages/{message}/resend": ["post": operation("resendMessage", "Renvoie un message envoyé ou en échec (nouvelle entrée du journal).", "journal", "201")],
    ]
}
