import Events
import Foundation
import Logging
import Persistence
import PostgresNIO

/// Personal data requests and their confirmations (`personal_data_requests`, `personal_data_confirmations`).
struct PersonalDataRequestRepository: Sendable {
    let logger: Logger

    func insert(_ request: PersonalDataRequest, requestedBy account: UUID, on connection: PostgresConnection) async throws {
        try await connection.query("""
            INSERT INTO personal_data_requests (id, kind, subject, requested_by, requested_at)
            VALUES (\(request.id), \(request.kind.rawValue), \(request.subject), \(account), \(request.requestedAt))
            """, logger: logger)
    }

    /// Records a service's confirmation once; one for a request this schema does not hold is ignored.
    func confirm(_ confirmation: PersonalDataProcessed, on connection: PostgresConnection) async throws {
        let records = String(decoding: try JSONEncoder().encode(confirmation.records), as: UTF8.self)
        try await connection.query("""
            INSERT INTO personal_data_confirmations (request_id, service, record_count, records, processed_at)
            SELECT id, \(confirmation.service), \(confirmation.recordCount), \(records)::jsonb, \(confirmation.processedAt)
            FROM personal_data_requests WHERE id = \(confirmation.requestId)
            ON CONFLICT (request_id, service) DO NOTHING
            """, logger: logger)
    }

    /// The latest requests, newest first.
    func recent(limit: Int = 200, on connection: PostgresConnection) async throws -> [PersonalDataRequest] {
        try await requests(try await connection.query("""
            SELECT id, kind, subject, requested_at FROM personal_data_requests ORDER BY requested_at DESC LIMIT \(limit)
            """, logger: logger), on: connection)
    }

    func find(_ id: UUID, on connection: PostgresConnection) async throws -> PersonalDataRequest? {
        try await requests(try await connection.query("""
            SELECT id, kind, subject, requested_at FROM personal_data_requests WHERE id = \(id)
            """, logger: logger), on: connection).first
    }

    /// The records each service confirmed, in the order of ``PersonalDataRequest/services``.
    func records(of id: UUID, on connection: PostgresConnection) async throws -> [PersonalDataExport.Section] {
        let rows = try await connection.query("""
            SELECT service, records::text FROM personal_data_confirmations WHERE request_id = \(id)
            """, logger: logger)
        var sections: [PersonalDataExport.Section] = []
        for try await (service, records) in rows.decode((String, String).self) {
            sections.append(.init(service: service, records: try JSONDecoder().decode([PersonalRecord].self, from: Data(records.utf8))))
        }
        return sections.sorted { (PersonalDataRequest.services.firstIndex(of: $0.service) ?? .max) < (PersonalDataRequest.services.firstIndex(of: $1.service) ?? .max) }
    }

    private func requests(_ rows: PostgresRowSequence, on connection: PostgresConnection) async throws -> [PersonalDataRequest] {
        var requests: [PersonalDataRequest] = []
        for try await (id, kind, subject, requestedAt) in rows.decode((UUID, String, String, Date).self) {
            requests.append(PersonalDataRequest(id: id, kind: try storedValue(PersonalDataRequestKind.self, kind, column: "personal_data_requests.kind"),
                                                subject: subject, requestedAt: requestedAt, confirmations: []))
        }
        guard !requests.isEmpty else { return [] }
        let confirmations = try await connection.query("""
            SELECT request_id, service, record_count, processed_at FROM personal_data_confirmations
            WHERE request_id = ANY(\(requests.map(\.id))) ORDER BY processed_at
            """, logger: logger)
        var byRequest: [UUID: [PersonalDataRequest.Confirmation]] = [:]
        for try await (request, service, count, processedAt) in confirmations.decode((UUID, String, Int, Date).self) {
            byRequest[request, default: []].append(.init(service: service, recordCount: count, processedAt: processedAt))
        }
        return requests.map { request in
            var request = request
            request.confirmations = byRequest[request.id] ?? []
            return request
        }
    }
}
