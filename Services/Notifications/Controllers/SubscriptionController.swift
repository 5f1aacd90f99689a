import Foundation
import Hummingbird
import Logging
import PageKit
import Persistence
import PostgresNIO
import ServiceKit

/// The digest's subscriptions: a request by the API, confirmed by the link it sends (so no
/// one subscribes someone else), and the one-click unsubscribe of RFC 8058.
///
/// The confirmation and unsubscribe forms carry no CSRF token: the secret in their address
/// is the proof, and mail clients POST the one-click unsubscribe without any cookie.
struct SubscriptionController: Sendable {
    let database: PostgresClient
    let renderer: NotificationsPageRenderer
    let mailRenderer: MailRenderer
    let publicURL: String
    /// Confirmation links sent per hour at most, to all addresses together: the form cannot
    /// make the programme's mail server send unsolicited mail in bulk.
    let confirmationsPerHour: Int
    let logger: Logger

    struct Request: Codable {
        var email: String
    }

    struct Accepted: Encodable, Sendable {
        /// The same answer whether the address was new, waiting or subscribed: it reveals nothing.
        var message = "Si cette adresse n'est pas déjà abonnée, un message de confirmation vient d'y être envoyé."
    }

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        let directory = SubscriberDirectory(logger: logger)
        router.post("/api/subscriptions") { request, _ in
            let email = try await request.decodeJSON(Request.self).email.trimmingCharacters(in: .whitespaces)
            // The address goes into SMTP commands: what cannot stand there is refused here.
            guard email.count <= 254, MailAddress(email).isSafe else {
                throw Problem.invalid([FieldError(field: "email", message: "Saisissez une adresse électronique valide, par exemple nom@exemple.fr.")])
            }
            try await database.transaction(logger: logger) { connection in
                // Checked before anything else, so that the answer says nothing about the address.
                guard try await directory.confirmationsInLastHour(on: connection) < confirmationsPerHour else {
                    logger.warning("subscription requests refused: hourly limit of confirmation emails reached",
                                   metadata: ["limit": "\(confirmationsPerHour)"])
                    throw Problem(status: .tooManyRequests, title: "Trop de demandes d'abonnement pour le moment.",
                                  detail: "Réessayez dans une heure.")
                }
                let (subscriber, needsConfirmation) = try await directory.subscribe(email: email, on: connection)
                guard needsConfirmation, try await !directory.confirmationRecentlySent(to: subscriber.email, on: connection) else { return }
                // Each request is its own cause: asking again (after a while) sends the link again.
                try await MessageQueue(logger: logger).enqueue(
                    causeEventId: UUID(), template: .subscriptionConfirmation, recipient: subscriber.email, recipientName: nil, reference: nil,
                    rendered: mailRenderer.render(.subscriptionConfirmation, ["confirmUrl": "\(publicURL)/abonnement/\(subscriber.token)"]),
                    on: connection)
            }
            return JSONBody(Accepted(), status: .accepted)
        }
        router.get("/abonnement/{token}") { _, context in
            let token = context.parameters.get("token") ?? ""
            guard let email = try await directory.email(ofToken: token, on: database) else { return unknownLink() }
            return renderer.page("subscription", [
                "heading": "Confirmer l'abonnement", "detail": "Recevoir les nouvelles publications du centre de ressources à l'adresse \(email).",
                "action": "/abonnement/\(token)", "button": "Confirmer l'abonnement",
            ], session: nil)
        }
        router.post("/abonnement/{token}") { _, context in
            guard let email = try await directory.confirm(token: context.parameters.get("token") ?? "", on: database) else { return unknownLink() }
            return renderer.page("subscription", [
                "heading": "Abonnement confirmé",
                "detail": "Les nouvelles publications du centre de ressources arriveront à l'adresse \(email). Chaque message permet de se désabonner.",
            ], session: nil)
        }
        router.get("/desabonnement/{token}") { _, context in
            let token = context.parameters.get("token") ?? ""
            guard let email = try await directory.email(ofToken: token, on: database) else { return unknownLink() }
            // A GET changes nothing: link checkers open every link of a message.
            return renderer.page("subscription", [
                "heading": "Se désabonner", "detail": "Ne plus recevoir les nouvelles publications du centre de ressources à l'adresse \(email).",
                "action": "/desabonnement/\(token)", "button": "Me désabonner",
            ], session: nil)
        }
        router.post("/desabonnement/{token}") { _, context in
            guard let email = try await directory.unsubscribe(token: context.parameters.get("token") ?? "", on: database) else { return unknownLink() }
            return renderer.page("subscription", [
                "heading": "Vous êtes désabonné", "detail": "L'adresse \(email) ne recevra plus les publications du centre de ressources.",
            ], session: nil)
        }
    }

    private func unknownLink() -> Response {
        renderer.refusal(.notFound, heading: "Lien inconnu",
                         detail: "Ce lien ne correspond à aucun abonnement. Vérifiez qu'il est complet dans le message reçu.", session: nil)
    }
}
