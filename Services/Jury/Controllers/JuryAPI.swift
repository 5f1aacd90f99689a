import Foundation
import StaffAccess
import Model
import ServiceKit

/// The jury service's operations in `/openapi.json`, their schemas inferred from the types the
/// handlers encode and decode (see `JuryAPI+Examples.swift`).
enum JuryAPI {
    typealias Response = OpenAPIDocument.Response
    typealias Schema = OpenAPIDocument.Schema
    typealias RequestBody = OpenAPIDocument.RequestBody

    /// The examples' schema: the first one full, the others with fewer fields.
    static func schema(_ full: some Encodable, _ others: any Encodable...) -> Schema {
        .inferred(from: [full] + others, enums: enums)
    }

    static func response(_ description: String, _ full: some Encodable, _ others: any Encodable...) -> Response {
        Response(description: description, schema: .inferred(from: [full] + others, enums: enums), example: .encoding(full))
    }

    static func list(_ description: String, _ full: some Encodable, _ others: any Encodable...) -> Response {
        Response(description: description, schema: .array(of: .inferred(from: [full] + others, enums: enums)))
    }

    static func body(_ full: some Encodable, _ others: any Encodable...) -> RequestBody {
        .inferred(from: [full] + others, enums: enums)
    }

    static let sittingResponse = response("Séance", sitting(full: true), sitting(full: false))

    static let member = Member(id: memberId, email: "presidente@ipc.example", displayName: "Présidente", role: .juror)
    static let memberSchema = Schema.inferred(from: member, minimal: member, enums: ["role": MemberRole.allCases.map(\.rawValue)])

    static let paths: [String: [String: OpenAPIDocument.Operation]] = OpenAPIDocument.accessPaths(roles: MemberRole.allCases.map(\.rawValue)).merging([
        "/api/members": [
            "get": OpenAPIDocument.operation("listMembers", "Comptes du jury, l'équipe d'abord (équipe).", tag: "comptes",
                                             Response(description: "Comptes", schema: .array(of: memberSchema))),
            "post": OpenAPIDocument.operation(
                "createMember", "Ouvre un compte d'équipe ou de juré (équipe) ; le mot de passe n'est jamais renvoyé.", tag: "comptes",
                body: .inferred(from: [AccountForm<MemberRole>(email: "jure@ipc.example", displayName: "Juré", password: "un-mot-de-passe-solide", role: .juror),
                                       AccountForm<MemberRole>()], enums: ["role": MemberRole.allCases.map(\.rawValue)]),
                success: "201", Response(description: "Compte ouvert", schema: memberSchema, example: .encoding(member))),
        ],
        "/api/sittings": [
            "get": OpenAPIDocument.operation("listSittings", "Séances visibles par le compte (toutes pour l'équipe, les siennes pour un juré).",
                                             tag: "séances", list("Séances", sitting(full: true), sitting(full: false))),
            "post": OpenAPIDocument.operation(
                "scheduleSitting", "Programme une séance : date, appels examinés, date limite, membres, quorum.", tag: "séances",
                body: body(SittingForm(sittingDate: "2007-06-15", cutOff: instant, quorum: 1, callIds: [callId],
                                       members: [SittingForm.Seat(memberId: memberId, role: .chair)]), SittingForm()),
                success: "201", response("Séance programmée et taille de son ordre du jour",
                                         SittingController.Scheduled(sitting: sitting(full: true), agendaSize: 3),
                                         SittingController.Scheduled(sitting: sitting(full: false), agendaSize: 0))),
        ],
        "/api/sittings/proposal": ["get": OpenAPIDocument.operation(
            "proposeSitting", "Date proposée pour la prochaine séance (quatre mois après la dernière).", tag: "séances",
            response("Date proposée", SittingController.Proposal(sittingDate: LocalDate(year: 2007, month: 10, day: 15)),
                     SittingController.Proposal(sittingDate: LocalDate(year: 2007, month: 10, day: 15))))],
        "/api/sittings/{sitting}": ["get": OpenAPIDocument.operation("getSitting", "Une séance.", tag: "séances", sittingResponse)],
        "/api/sittings/{sitting}/close": ["post": OpenAPIDocument.operation(
            "closeSitting", "Clôt la séance (quorum des présents) et publie ses décisions.", tag: "séances",
            body: body(SittingController.Closing(membersPresent: [memberId]), SittingController.Closing(membersPresent: [])), sittingResponse)],
        "/api/sittings/{sitting}/minutes": ["get": OpenAPIDocument.operation(
            "getMinutes", "Procès-verbal de la séance.", tag: "séances", response("Procès-verbal", minutes(full: true), minutes(full: false)))],
        "/api/sittings/{sitting}/minutes.csv": ["get": OpenAPIDocument.operation(
            "getMinutesCSV", "Procès-verbal de la séance (CSV pour tableur : UTF-8 avec BOM, « ; »).", tag: "séances",
            Response(description: "Classement et décisions", mediaType: "text/csv", schema: .string()))],
        "/api/sittings/{sitting}/agenda": [
            "get": OpenAPIDocument.operation(
                "getAgenda", "Ordre du jour, avec les déclarations du juré (le dossier n'est visible qu'après déclaration).", tag: "délibération",
                list("Ordre du jour",
                     AgendaEntry(applicationId: dossierId, reference: "PI-2007-0001", applicantName: "Commune de Saint-Lary", conflict: false,
                                 dossier: dossier(full: true)),
                     AgendaEntry(applicationId: dossierId, reference: "PI-2007-0001", applicantName: "Commune de Saint-Lary"),
                     AgendaEntry(applicationId: dossierId, reference: "PI-2007-0001", applicantName: "Commune de Saint-Lary", conflict: false,
                                 dossier: dossier(full: false)))),
            "post": OpenAPIDocument.operation(
                "refreshAgenda", "Ajoute à l'ordre du jour d'une séance non commencée les dossiers reçus depuis sa programmation (équipe).",
                tag: "séances", response("Séance, dossiers ajoutés et taille de l'ordre du jour",
                                         SittingController.Refreshed(sitting: sitting(full: true), added: 1, agendaSize: 3),
                                         SittingController.Refreshed(sitting: sitting(full: false), added: 0, agendaSize: 0))),
        ],
        "/api/completions/not-yet-received": ["get": OpenAPIDocument.operation(
            "notYetReceived", "Par appel, les dossiers déclarés complets par le service des candidatures que le jury n'a pas encore reçus.",
            tag: "séances", list("Appels et dossiers manquants",
                                 SittingController.NotYetReceived(callId: callId, title: "Soutien aux projets innovants", count: 1),
                                 SittingController.NotYetReceived(callId: callId, count: 1)))],
        "/api/sittings/{sitting}/dossiers/{dossier}/declaration": ["post": OpenAPIDocument.operation(
            "declareInterest", "Déclaration d'absence de conflit d'intérêts, ou déport ; définitive.", tag: "délibération",
            body: body(DeliberationController.DeclarationForm(conflict: false), DeliberationController.DeclarationForm(conflict: false)),
            success: "201", response("Déclaration", Declaration(applicationId: dossierId, memberId: memberId, conflict: false, declaredAt: instant),
                                     Declaration(applicationId: dossierId, memberId: memberId, conflict: false, declaredAt: instant)))],
        "/api/sittings/{sitting}/dossiers/{dossier}": ["get": OpenAPIDocument.operation(
            "getDossier", "Un dossier de l'ordre du jour, après déclaration : critères, notes du juré et notes suggérées.", tag: "délibération",
            response("Dossier",
                     DeliberationController.Details(dossier: dossier(full: true), criteria: ["Taille"], scores: sheet(full: true),
                                                    suggestedScores: sheet(full: true).scores),
                     DeliberationController.Details(dossier: dossier(full: false), criteria: ["Taille"], scores: nil,
                                                    suggestedScores: sheet(full: false).scores),
                     DeliberationController.Details(dossier: dossier(full: false), criteria: ["Taille"], scores: sheet(full: false),
                                                    suggestedScores: [])))],
        "/api/sittings/{sitting}/dossiers/{dossier}/scores": ["put": OpenAPIDocument.operation(
            "scoreDossier", "Notes du juré, critère par critère (0 à 5).", tag: "délibération",
            body: body(sheet(full: true), sheet(full: false)), response("Notes enregistrées", sheet(full: true), sheet(full: false)))],
        "/api/sittings/{sitting}/dossiers/{dossier}/decision": ["put": OpenAPIDocument.operation(
            "decideDossier", "Décision : retenu (montant ou jours), non retenu (motivé) ou ajourné.", tag: "délibération",
            body: body(DecisionForm(decision: .selected, grantedAmountCents: 987_600, consultingDays: 7, motivation: "Projet exemplaire."),
                       DecisionForm()),
            response("Décision enregistrée",
                     RecordedDecision(applicationId: dossierId, decision: decision(full: true), decidedBy: "Présidente (juré)", decidedAt: instant),
                     RecordedDecision(applicationId: dossierId, decision: decision(full: false), decidedBy: "Présidente (juré)", decidedAt: instant)))],
    ]) { _, own in own }
}
