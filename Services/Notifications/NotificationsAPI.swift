import Foundation
import ServiceKit

/// The notifications service's operations in `/openapi.json`, their schemas inferred from the
/// types the handlers encode and decode.
enum NotificationsAPI {
    typealias Response = OpenAPIDocument.Response
    typealias Schema = OpenAPIDocument.Schema

    static func message(full: Bool) -> LoggedMessage {
        let instant = Date(timeIntervalSince1970: 1_196_420_400)
        return LoggedMessage(id: UUID(uuidString: "0a2c0000-0000-4000-8000-000000000905")!, template: "applicationSelected", recipient: "mairie@saint-lary.example",
                             recipientName: full ? "Secrétariat de mairie" : nil, reference: full ? "PI-2007-0001" : nil,
                             subject: "Votre dossier PI-2007-0001 est retenu", status: .sent, attempts: 1, lastReply: full ? "250 OK" : nil,
                             createdAt: instant, finishedAt: full ? instant : nil, resendOf: full ? UUID(uuidString: "0a2c0000-0000-4000-8000-000000000906")! : nil)
    }

    static let messageSchema = Schema.inferred(from: message(full: true), minimal: message(full: false),
                                               enums: ["status": DeliveryStatus.allCases.map(\.rawValue)])

    static let paths: [String: [String: OpenAPIDocument.Operation]] = OpenAPIDocument.accessPaths(roles: ["staff"]).merging([
        "/api/messages": ["get": OpenAPIDocument.operation(
            "searchMessages", "Journal des envois : par référence de dossier, par adresse, ou les messages en échec ; sinon les derniers.",
            tag: "journal", parameters: [
                .init(query: "reference", description: "Référence d'un dossier (PI-2007-0001).", schema: .printableString()),
                .init(query: "address", description: "Adresse d'un destinataire.", schema: .printableString()),
                .init(query: "status", description: "Seul « failed » est cherché.", schema: .string(enumeration: ["failed"])),
            ], Response(description: "Messages", schema: .array(of: messageSchema)))],
        "/api/messages/{message}": ["get": OpenAPIDocument.operation(
            "getMessage", "Un message : état, tentatives, dernière réponse du serveur.", tag: "journal",
            Response(description: "Message", schema: messageSchema, example: .encoding(message(full: true))))],
        "/api/messages/{message}/resend": ["post": OpenAPIDocument.operation(
            "resendMessage", "Renvoie un message envoyé ou en échec (nouvelle entrée du journal).", tag: "journal", success: "201",
            Response(description: "Le nouveau message", schema: messageSchema))],
        "/api/subscriptions": ["post": OpenAPIDocument.operation(
            "subscribe", "Abonnement aux nouvelles publications : un lien de confirmation est envoyé (réponse identique dans tous les cas).",
            tag: "abonnements", body: .inferred(from: SubscriptionController.Request(email: "elu@foix.example"),
                                                minimal: SubscriptionController.Request(email: "")),
            success: "202", Response(description: "Demande prise en compte", schema: .inferred(
                from: SubscriptionController.Accepted(), minimal: SubscriptionController.Accepted())),
            refusals: ["400", "413", "422", "429"], security: [])],
    ]) { _, own in own }
}
