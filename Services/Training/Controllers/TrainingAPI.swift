import Foundation
import Model
import ServiceKit
import StaffAccess

/// The training service's operations in `/openapi.json`, their schemas inferred from the types
/// the handlers encode and decode (see `TrainingAPI+Examples.swift`).
enum TrainingAPI {
    typealias Response = OpenAPIDocument.Response
    typealias Schema = OpenAPIDocument.Schema

    static let enums: [String: [String]] = [
        "kind": TrainingFormat.allCases.map(\.rawValue), "audience": Audience.allCases.map(\.rawValue),
        "status": SessionStatus.allCases.map(\.rawValue) + RegistrationStatus.allCases.map(\.rawValue)
            + HostingOfferStatus.allCases.map(\.rawValue),
        "role": TraineeRole.allCases.map(\.rawValue),
    ]

    static let sessionSchema = Schema.inferred(from: [session(full: true), session(full: false)], enums: enums)
    static let sessionResponse = Response(description: "Session", schema: sessionSchema, example: .encoding(session(full: true)))
    static let registrationSchema = Schema.inferred(from: [registration(full: true), registration(full: false)], enums: enums)
    static let registrationResponse = Response(description: "Inscription", schema: registrationSchema,
                                               example: .encoding(registration(full: true)))
    static let sessionBody = OpenAPIDocument.RequestBody.inferred(from: [form(full: true), form(full: false)], enums: enums)

    static let catalogueParameters = [
        OpenAPIDocument.Parameter(query: "departement", description: "Code du département",
                                  schema: .string(enumeration: Department.names.map(\.code))),
        OpenAPIDocument.Parameter(query: "theme", description: "Code du thème (voir /api/themes)", schema: .printableString()),
        OpenAPIDocument.Parameter(query: "type", description: "Type de session", schema: .string(enumeration: TrainingFormat.allCases.map(\.rawValue))),
        OpenAPIDocument.Parameter(query: "du", description: "Premier jour (AAAA-MM-JJ)", schema: .string(format: "date")),
    ]

    static let paths: [String: [String: OpenAPIDocument.Operation]] = OpenAPIDocument.accessPaths(roles: StaffRole.allCases.map(\.rawValue)).merging([
        "/api/themes": ["get": OpenAPIDocument.operation(
            "listThemes", "Thèmes des sessions.", tag: "catalogue",
            Response(description: "Thèmes", schema: .array(of: .inferred(from: [theme, theme]))), security: [])],
        "/api/sessions": [
            "get": OpenAPIDocument.operation(
                "listSessions", "Sessions ouvertes à venir, par date de début.", tag: "catalogue", parameters: catalogueParameters,
                Response(description: "Sessions", schema: .array(of: sessionSchema)), security: []),
            "post": OpenAPIDocument.operation(
                "createSession", "Crée une session en brouillon (équipe) ; sa capacité découle du type si elle n'est pas donnée.",
                tag: "sessions", body: sessionBody, success: "201", sessionResponse),
        ],
        "/api/sessions/{session}": [
            "get": OpenAPIDocument.operation("getSession", "Une session (les brouillons pour l'équipe seulement).", tag: "catalogue",
                                             sessionResponse, security: []),
            "put": OpenAPIDocument.operation(
                "editSession", "Modifie une session (équipe) ; la capacité ne descend pas sous les inscriptions confirmées.",
                tag: "sessions", body: sessionBody, sessionResponse),
        ],
        "/api/sessions/{session}/open": ["post": OpenAPIDocument.operation(
            "openSession", "Publie un brouillon au catalogue (équipe).", tag: "sessions", sessionResponse)],
        "/api/sessions/{session}/cancel": ["post": OpenAPIDocument.operation(
            "cancelSession", "Annule une session ; chaque inscrit reçoit la raison (équipe).", tag: "sessions",
            body: .inferred(from: [SessionController.Cancellation(reason: "Salle indisponible"), SessionController.Cancellation()]),
            sessionResponse)],
        "/api/sessions/{session}/close": ["post": OpenAPIDocument.operation(
            "closeSession", "Marque comme tenue une session commencée (équipe).", tag: "sessions", sessionResponse)],
        "/api/sessions/{session}/registrations": [
            "post": OpenAPIDocument.operation(
                "register", "S'inscrit : confirmé tant qu'il reste des places, en liste d'attente ensuite ; le lien de gestion est aussi envoyé par courriel. Avec le jeton d'un membre de l'équipe, inscrit une personne pour son compte, même après le début.",
                tag: "inscriptions", body: .inferred(from: [registrationForm, RegistrationForm()]), success: "201",
                Response(description: "Inscription et lien de gestion",
                         schema: .inferred(from: [RegistrationController.Made(registration: registration(full: true), manageLink: manageLink),
                                                  RegistrationController.Made(registration: registration(full: false), manageLink: manageLink)],
                                           enums: enums)),
                security: [[:], ["bearer": []]]),
            "get": OpenAPIDocument.operation(
                "listRegistrations", "Inscriptions d'une session : confirmées, liste d'attente dans l'ordre, annulées (équipe).",
                tag: "inscriptions", Response(description: "Inscriptions", schema: .array(of: registrationSchema))),
        ],
        "/api/sessions/{session}/registrations/{registration}/cancel": ["post": OpenAPIDocument.operation(
            "cancelRegistrationOnBehalf", "Annule une inscription pour le compte de la personne, même après le délai (équipe).",
            tag: "inscriptions", registrationResponse)],
        "/api/sessions/{session}/attendance": ["put": OpenAPIDocument.operation(
            "recordAttendance", "Pointe les présents parmi les inscriptions confirmées d'une session commencée ; elle devient tenue (équipe).",
            tag: "présences", body: .inferred(from: [AttendanceController.Attendance(present: [registrationId]), AttendanceController.Attendance(present: [])]),
            Response(description: "Présences enregistrées",
                     schema: .inferred(from: [AttendanceBook.Recorded(sessionId: sessionId, present: 12, electedPresent: 9),
                                              AttendanceBook.Recorded(sessionId: sessionId, present: 0, electedPresent: 0)])))],
        "/api/objective": ["get": OpenAPIDocument.operation(
            "getObjective", "Élus formés (une fois chacun, quel que soit le nombre de sessions), contre l'objectif de 1 000, par département, thème et type (équipe).",
            tag: "présences", Response(description: "Objectif", schema: .inferred(from: [objective, objective]), example: .encoding(objective)))],
        "/api/registrations/{token}": ["get": OpenAPIDocument.operation(
            "getOwnRegistration", "L'inscription qu'ouvre un lien de gestion, avec sa session.", tag: "inscriptions",
            Response(description: "Inscription et session",
                     schema: .inferred(from: [RegistrationDesk.Managed(registration: registration(full: true), session: session(full: true)),
                                              RegistrationDesk.Managed(registration: registration(full: false), session: session(full: false))],
                                       enums: enums)),
            security: [])],
        "/api/registrations/{token}/erase": ["post": OpenAPIDocument.operation(
            "eraseOwnData", "Efface ses données : ses inscriptions en cours sont annulées, puis son nom, son adresse et sa collectivité sont oubliés partout.",
            tag: "inscriptions", Response(description: "Inscriptions effacées",
                                          schema: .inferred(from: [RegistrationController.Erased(erased: 2), RegistrationController.Erased(erased: 0)])),
            security: [])],
        "/api/trainee-links": ["post": OpenAPIDocument.operation(
            "requestRegistrationsLink",
            "Envoie à l'adresse, si elle a des inscriptions, un lien vers toutes ses inscriptions, valable une semaine ; la réponse est la même dans tous les cas.",
            tag: "inscriptions", body: .inferred(from: [RegistrationController.LinkRequest(email: "maire@foix.example"), RegistrationController.LinkRequest()]),
            success: "202", Response(description: "Demande prise en compte"), security: [])],
        "/api/trainee-links/{token}/registrations": ["get": OpenAPIDocument.operation(
            "listLinkedRegistrations", "Toutes les inscriptions de la personne qu'ouvre un lien « mes inscriptions », avec leurs sessions.",
            tag: "inscriptions",
            Response(description: "Inscriptions et sessions",
                     schema: .array(of: .inferred(from: [RegistrationDesk.Managed(registration: registration(full: true), session: session(full: true)),
                                                         RegistrationDesk.Managed(registration: registration(full: false), session: session(full: false))],
                                                  enums: enums))),
            security: [])],
        "/api/registrations/{token}/cancel": ["post": OpenAPIDocument.operation(
            "cancelOwnRegistration", "Annule sa propre inscription, jusqu'à la date limite de la session ; une place libérée va au premier de la liste d'attente.",
            tag: "inscriptions", registrationResponse, security: [])],
    ]) { _, own in own }.merging(hostingPaths) { _, hosting in hosting }
}
