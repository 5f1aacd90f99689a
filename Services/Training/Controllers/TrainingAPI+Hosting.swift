import Foundation
import Model
import ServiceKit

extension TrainingAPI {
    static let hostingOfferId = HostingOfferID(UUID(uuidString: "0f000000-0000-4000-8000-000000000003")!)

    static func hostingOffer(full: Bool) -> HostingOffer {
        HostingOffer(
            id: hostingOfferId, collectivite: "Commune de Foix", collectiviteCode: full ? "09122" : nil, department: "09",
            contactName: "Marie Durand", contactEmail: "mairie@foix.example", contactPhone: full ? "05 61 00 00 00" : nil,
            kind: .projectWorkshop, audience: .electedOfficials, theme: theme, proposedDates: "Un mardi matin de mars",
            town: "Foix", address: "Place de la mairie", room: "Salle du conseil", capacity: 15, internetConnection: true,
            stepFreeAccess: full, message: full ? "La salle est libre le matin." : nil, status: full ? .accepted : .received,
            answer: full ? "Merci de votre accueil." : nil, sessionId: full ? sessionId : nil, receivedAt: startsAt.addingTimeInterval(-60 * 86_400),
            answeredAt: full ? startsAt.addingTimeInterval(-50 * 86_400) : nil)
    }

    static let hostingOfferForm = HostingOfferForm(
        collectivite: "Commune de Foix", collectiviteCode: "09122", department: "09", contactName: "Marie Durand",
        contactEmail: "mairie@foix.example", contactPhone: "05 61 00 00 00", kind: .projectWorkshop, audience: .electedOfficials,
        theme: theme.code, proposedDates: "Un mardi matin de mars", town: "Foix", address: "Place de la mairie", room: "Salle du conseil",
        capacity: 15, internetConnection: true, stepFreeAccess: true, message: "La salle est libre le matin.")

    static let hostingOfferSchema = Schema.inferred(from: [hostingOffer(full: true), hostingOffer(full: false)], enums: enums)
    static let hostingOfferResponse = Response(description: "Proposition d'accueil", schema: hostingOfferSchema,
                                               example: .encoding(hostingOffer(full: true)))

    static let hostingPaths: [String: [String: OpenAPIDocument.Operation]] = [
        "/api/hosting-offers": [
            "post": OpenAPIDocument.operation(
                "offerHosting", "Une collectivité propose d'accueillir une session ; la personne à contacter reçoit un accusé de réception.",
                tag: "accueil", body: .inferred(from: [hostingOfferForm, HostingOfferForm()], enums: enums), success: "201",
                hostingOfferResponse, security: []),
            "get": OpenAPIDocument.operation(
                "listHostingOffers", "Les propositions d'accueil, celles à étudier d'abord (équipe).", tag: "accueil",
                Response(description: "Propositions", schema: .array(of: hostingOfferSchema))),
        ],
        "/api/hosting-offers/{offer}": ["get": OpenAPIDocument.operation(
            "getHostingOffer", "Une proposition d'accueil (équipe).", tag: "accueil", hostingOfferResponse)],
        "/api/hosting-offers/{offer}/accept": ["post": OpenAPIDocument.operation(
            "acceptHostingOffer",
            "Retient une proposition : la session est créée en brouillon, les champs omis pris de la proposition ; la collectivité est informée (équipe).",
            tag: "accueil",
            body: .inferred(from: [HostingDesk.Acceptance(session: form(full: true), message: "Merci de votre accueil."),
                                   HostingDesk.Acceptance(session: SessionForm())], enums: enums),
            Response(description: "Proposition retenue et session créée",
                     schema: .inferred(from: [HostingOfferController.Accepted(offer: hostingOffer(full: true), session: session(full: true)),
                                              HostingOfferController.Accepted(offer: hostingOffer(full: false), session: session(full: false))],
                                       enums: enums)))],
        "/api/hosting-offers/{offer}/decline": ["post": OpenAPIDocument.operation(
            "declineHostingOffer", "Décline une proposition ; la collectivité reçoit le message (équipe).", tag: "accueil",
            body: .inferred(from: [HostingDesk.Refusal(message: "Le calendrier de mars est complet."), HostingDesk.Refusal()]),
            hostingOfferResponse)],
    ]
}
