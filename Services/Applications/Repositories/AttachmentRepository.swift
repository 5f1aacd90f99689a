import Foundation
import Logging
import Model
import Persistence
import PostgresNIO
import ServiceKit

/// Attachments' rows and contents.
struct AttachmentRepository: Sendable {
    let logger: Logger

    func insert(_ attachment: Attachment, content: [UInt8], on connection: PostgresConnection) async throws {
        try await connection.query("""
            INSERT INTO attachments (id, dossier_id, file_name, kind, size_bytes, sha256, content, uploaded_by, uploaded_at)
            VALUES (\(attachment.id), \(attachment.dossierId.uuid), \(attachment.fileName), \(attachment.kind.rawValue),
                    \(attachment.sizeBytes), \(attachment.sha256), \(Data(content)), \(attachment.uploadedBy), \(attachment.uploadedAt))
            """, logger: logger)
    }

    func list(of dossier: ApplicationID, on connection: PostgresConnection) async throws -> [Attachment] {
        let rows = try await connection.query("""
            SELECT id, dossier_id, file_name, kind, size_bytes, sha256, uploaded_by, uploaded_at FROM attachments
            WHERE dossier_id = \(dossier.uuid) ORDER BY uploaded_at, file_name
            """, logger: logger)
        var attachments: [Attachment] = []
        for try await (id, dossierId, name, kind, size, sha, by, at) in rows.decode((UUID, UUID, String, String, Int, String, String, Date).self) {
            let kind = try storedValue(DocumentKind.self, kind, column: "attachments.kind")
            attachments.append(Attachment(id: id, dossierId: ApplicationID(dossierId), fileName: name, kind: kind, sizeBytes: size,
                                          sha256: sha, uploadedBy: by, uploadedAt: at))
        }
        return attachments
    }

    /// The attachment and its content, if it belongs to the dossier.
    func content(_ id: UUID, of dossier: ApplicationID, on connection: PostgresConnection) async throws -> (Attachment, [UInt8])? {
        let rows = try await connection.query("""
            SELECT id, dossier_id, file_name, kind, size_bytes, sha256, uploaded_by, uploaded_at, content FROM attachments
            WHERE id = \(id) AND dossier_id = \(dossier.uuid)
            """, logger: logger)
        for try await (id, dossierId, name, kind, size, sha, by, at, content) in
            rows.decode((UUID, UUID, String, String, Int, String, String, Date, Data).self) {
            let kind = try storedValue(DocumentKind.self, kind, column: "attachments.kind")
            return (Attachment(id: id, dossierId: ApplicationID(dossierId), fileName: name, kind: kind, sizeBytes: size, sha256: sha,
                               uploadedBy: by, uploadedAt: at), Array(content))
        }
        return nil
    }
}
