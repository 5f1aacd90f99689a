import Events
import Foundation
import Persistence
import PostgresNIO
import ServiceKit
import StaffAccess

/// Administrators record a person's request about their data (a copy, or its erasure). In the
/// transaction that records it and its audit entry, the service exports or erases its own part
/// and the request goes to the other services as an event; their confirmations come back on it.
struct PersonalDataDesk: Sendable {
    let context: ApplicationsContext
    private var requests: PersonalDataRequestRepository { PersonalDataRequestRepository(logger: context.logger) }
    /// What the applications service itself keeps about people.
    var responder: PersonalDataResponder {
        PersonalDataResponder(service: "applications", topic: .applications, holders: [ApplicantContactData(), DossierHistoryActors()],
                              clock: context.clock)
    }

    /// What a request form or body carries.
    struct Form: Codable, Sendable {
        var email: String?
        var kind: String?
    }

    func request(_ form: Form, by account: Principal) async throws -> PersonalDataRequest {
        let email = (form.email ?? "").trimmingCharacters(in: .whitespaces)
        var errors: [FieldError] = []
        if !EmailAddress.isPlausible(email) {
            errors.append(FieldError(field: "email", message: email.isEmpty ? "Indiquez l'adresse électronique de la personne."
                                                                              : "L'adresse électronique « \(email) » est invalide."))
        }
        let kind = form.kind.flatMap(PersonalDataRequestKind.init(rawValue:))
        if kind == nil {
            errors.append(FieldError(field: "kind", message: "Choisissez une copie des données (export) ou leur effacement (erasure)."))
        }
        guard errors.isEmpty, let kind else { throw WorkflowError.invalid(errors) }
        let now = context.clock()
        let request = PersonalDataRequest(id: UUID(), kind: kind, subject: PersonalDataRequest.mask(email), requestedAt: now, confirmations: [])
        try await context.transaction { connection in
            try await requests.insert(request, requestedBy: account.id, on: connection)
            let event = EventEnvelope(occurredAt: now, source: "applications",
                                      data: PersonalDataRequested(requestId: request.id, kind: kind, email: email, requestedAt: now))
            try await Outbox.append(event, on: connection, logger: context.logger)
            let own = try await responder.process(event.data, on: connection, logger: context.logger)
            try await requests.confirm(own, on: connection)
            try await Outbox.append(EventEnvelope(causedBy: event.header, source: "applications", occurredAt: now, data: own),
                                    on: connection, logger: context.logger)
            try await context.audit.append("personalData.requested", subject: request.id.uuidString.lowercased(),
                                           details: ["kind": kind.rawValue], by: account, at: now, on: connection)
        }
        context.logger.info("personal data request recorded", metadata: ["request.id": "\(request.id)", "kind": "\(kind.rawValue)"])
        return try await find(request.id)
    }

    func recent() async throws -> [PersonalDataRequest] {
        try await context.database.withConnection { try await requests.recent(on: $0) }
    }

    func find(_ id: UUID) async throws -> PersonalDataRequest {
        guard let request = try await context.database.withConnection({ try await requests.find(id, on: $0) }) else {
            throw WorkflowError.notFound("Aucune demande sur des données personnelles ne porte cet identifiant.")
        }
        return request
    }

    /// The copy of a person's data, as far as the services have answered.
    func export(_ id: UUID) async throws -> PersonalDataExport {
        let request = try await find(id)
        guard request.kind == .export else {
            throw WorkflowError.conflict("Cette demande est un effacement : elle n'a pas de copie des données.")
        }
        let sections = try await context.database.withConnection { try await requests.records(of: id, on: $0) }
        return PersonalDataExport(requestId: id, subject: request.subject, complete: request.isComplete, services: sections)
    }
}
