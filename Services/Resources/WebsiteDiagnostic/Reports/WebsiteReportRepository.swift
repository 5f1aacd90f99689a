import Foundation
import Logging
import PostgresNIO

/// The diagnostics' reports, a site's history newest first.
struct WebsiteReportRepository: Sendable {
    let logger: Logger

    /// Records the report once per batch and site; `false` when the batch already has one for the site.
    func insert(_ report: WebsiteReport, on connection: PostgresConnection) async throws -> Bool {
        let json = String(decoding: try Self.encoder.encode(report), as: UTF8.self)
        let rows = try await connection.query("""
            INSERT INTO website_reports (id, website_id, batch_id, diagnosed_at, url, overall_score, https, accessibility_statement,
                                         online_services, report)
            VALUES (\(report.id), \(report.websiteId), \(report.batchId), \(report.diagnosedAt), \(report.url), \(report.overallScore),
                    \(report.hasHTTPS), \(report.hasAccessibilityStatement), \(report.hasOnlineServices), \(json)::jsonb)
            ON CONFLICT (batch_id, website_id) DO NOTHING
            RETURNING id
            """, logger: logger)
        for try await _ in rows { return true }
        return false
    }

    /// A site's reports, newest first.
    func history(of websiteId: UUID, on connection: PostgresConnection) async throws -> [WebsiteReport] {
        let rows = try await connection.query("""
            SELECT report::text FROM website_reports WHERE website_id = \(websiteId) ORDER BY diagnosed_at DESC LIMIT 50
            """, logger: logger)
        var reports: [WebsiteReport] = []
        for try await json in rows.decode(String.self) { reports.append(try Self.decoder.decode(WebsiteReport.self, from: Data(json.utf8))) }
        return reports
    }

    /// Each site's latest overall score, by website.
    func latestScores(on connection: PostgresConnection) async throws -> [UUID: (score: Int?, at: Date)] {
        let rows = try await connection.query("""
            SELECT DISTINCT ON (website_id) website_id, overall_score, diagnosed_at FROM website_reports ORDER BY website_id, diagnosed_at DESC
            """, logger: logger)
        var scores: [UUID: (score: Int?, at: Date)] = [:]
        for try await (id, score, at) in rows.decode((UUID, Int?, Date).self) { scores[id] = (score, at) }
        return scores
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = .sortedKeys
        return encoder
    }()

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()
}
