import Foundation
import Hummingbird
import Model
import PageKit
import ServiceKit
import StaffAccess

/// `/journal`: the delivery log for staff, searched by reference or address, or its failed
/// messages (`?etat=echec`), with a CSRF-checked resend button on each message that left the queue.
struct DeliveryLogPagesController: Sendable {
    let gate: AccountGate<NotificationsPageRenderer>

    static let notices = ["renvoye": "Le courriel est de nouveau en file d'attente ; il apparaît en tête du journal."]

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        let log = DeliveryLog(logger: gate.access.logger)
        router.get("/") { _, _ in PageResponses.redirect(to: "/journal") }
        router.get("/journal") { request, _ in
            try await gate.page(request) { session in
                let query = request.uri.queryParameters["q"].map(String.init) ?? ""
                let search = request.uri.queryParameters["etat"] == "echec" ? DeliverySearch.failed : DeliverySearch(query: query)
                let messages = try await log.search(search, on: gate.access.database)
                return gate.renderer.page("log", values(messages, search: search, query: query), session: session,
                                          notice: request.uri.queryParameters["avis"].flatMap { Self.notices[String($0)] })
            }
        }
        router.post("/journal/{message}/renvoi") { request, context in
            try await gate.page(request) { session in
                let fields = try await gate.form(request, session: session)
                let id = try context.parameters.uuid("message")
                _ = try await log.resend(id, by: session.account, on: gate.access.database)
                var components = URLComponents()
                components.path = "/journal"
                components.queryItems = [URLQueryItem(name: "q", value: fields.text("q") ?? ""), URLQueryItem(name: "avis", value: "renvoye")]
                return PageResponses.redirect(to: components.string ?? "/journal")
            }
        }
    }

    private func values(_ messages: [LoggedMessage], search: DeliverySearch, query: String) -> [String: Any] {
        let caption = switch search {
        case .latest: "Les \(messages.count) derniers messages"
        case .reference(let reference): "Messages du dossier \(reference) (\(messages.count))"
        case .address(let address): "Messages à \(address) (\(messages.count))"
        case .failed: "Messages en échec (\(messages.count)), les plus récents d'abord"
        }
        return [
            "query": query, "failedOnly": search == .failed, "hasMessages": !messages.isEmpty, "caption": caption,
            "messages": messages.map { message -> [String: Any] in
                [
                    "id": message.id.uuidString.lowercased(), "createdAt": ParisTime.frenchDateTime(message.createdAt),
                    "resent": message.resendOf != nil,
                    "templateLabel": MailTemplate(rawValue: message.template)?.frenchLabel ?? message.template, "subject": message.subject,
                    "recipient": message.recipient, "reference": message.reference ?? "—", "statusLabel": message.status.frenchLabel,
                    "finishedAt": message.finishedAt.map(ParisTime.frenchDateTime) as Any, "attempts": message.attempts,
                    "lastReply": message.lastReply ?? "—", "canResend": message.status != .queued,
                ]
            },
        ]
    }
}
