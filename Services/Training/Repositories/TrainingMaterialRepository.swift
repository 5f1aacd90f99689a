import Foundation
import Logging
import Model
import PostgresNIO

/// The training material the resource centre published for sessions (learnt from `resources.v1`).
struct TrainingMaterialRepository: Sendable {
    let logger: Logger

    struct Material: Sendable {
        var title: String
        var url: String
    }

    /// A session's material, and the material published for every session.
    func materials(of session: TrainingSessionID, on connection: PostgresConnection) async throws -> [Material] {
        let rows = try await connection.query("""
            SELECT title, url FROM training_materials WHERE session_id = \(session.uuid) OR session_id IS NULL ORDER BY published_at DESC
            """, logger: logger)
        var materials: [Material] = []
        for try await (title, url) in rows.decode((String, String).self) { materials.append(Material(title: title, url: url)) }
        return materials
    }
}
