import Foundation
import Logging
import Model
import PostgresNIO

/// Publications' files and their versions; the latest versions' text feeds the search.
struct PublicationFileRepository: Sendable {
    let logger: Logger

    /// The next version of a name on a publication (1 for a new name); call with the publication locked.
    func nextVersion(of fileName: String, on publication: PublicationID, connection: PostgresConnection) async throws -> Int {
        let rows = try await connection.query("""
            SELECT coalesce(max(version), 0)::int + 1 FROM publication_files WHERE publication_id = \(publication.uuid) AND file_name = \(fileName)
            """, logger: logger)
        for try await version in rows.decode(Int.self) { return version }
        return 1
    }

    /// Stores a version and puts the latest versions' text in the publication's search.
    func insert(_ file: PublicationFile, content: [UInt8], text: String, on connection: PostgresConnection) async throws {
        try await connection.query("""
            INSERT INTO publication_files (id, publication_id, file_name, version, media_type, size_bytes, sha256, content, extracted_text,
                                           uploaded_at, uploaded_by)
            VALUES (\(file.id), \(file.publicationId.uuid), \(file.fileName), \(file.version), \(file.mediaType), \(file.sizeBytes),
                    \(file.sha256), \(ByteBuffer(bytes: content)), \(text), \(file.uploadedAt), \(file.uploadedBy))
            """, logger: logger)
        try await connection.query("""
            UPDATE publications SET files_text = left(coalesce((
                SELECT string_agg(extracted_text, ' ') FROM (
                    SELECT DISTINCT ON (file_name) extracted_text FROM publication_files WHERE publication_id = \(file.publicationId.uuid)
                    ORDER BY file_name, version DESC) AS latest), ''), 300000)
            WHERE id = \(file.publicationId.uuid)
            """, logger: logger)
    }

    /// Every version of every file of a publication, by name then newest version first.
    func files(of publication: PublicationID, on connection: PostgresConnection) async throws -> [PublicationFile] {
        let rows = try await connection.query("""
            SELECT id, publication_id, file_name, version, media_type, size_bytes, sha256, uploaded_at, uploaded_by
            FROM publication_files WHERE publication_id = \(publication.uuid) ORDER BY file_name, version DESC
            """, logger: logger)
        var files: [PublicationFile] = []
        for try await (id, publicationId, name, version, mediaType, size, sha256, uploadedAt, uploadedBy)
            in rows.decode((UUID, UUID, String, Int, String, Int, String, Date, String).self) {
            files.append(PublicationFile(id: id, publicationId: PublicationID(publicationId), fileName: name, version: version, mediaType: mediaType,
                                         sizeBytes: size, sha256: sha256, uploadedAt: uploadedAt, uploadedBy: uploadedBy))
        }
        return files
    }

    /// A file's content, with its publication's status (a draft's files are not public).
    func content(_ id: UUID, on connection: PostgresConnection) async throws -> (file: PublicationFile, status: String, content: [UInt8])? {
        let rows = try await connection.query("""
            SELECT f.id, f.publication_id, f.file_name, f.version, f.media_type, f.size_bytes, f.sha256, f.uploaded_at, f.uploaded_by,
                   p.status, f.content
            FROM publication_files f JOIN publications p ON p.id = f.publication_id WHERE f.id = \(id)
            """, logger: logger)
        for try await (id, publicationId, name, version, mediaType, size, sha256, uploadedAt, uploadedBy, status, content)
            in rows.decode((UUID, UUID, String, Int, String, Int, String, Date, String, String, ByteBuffer).self) {
            let file = PublicationFile(id: id, publicationId: PublicationID(publicationId), fileName: name, version: version, mediaType: mediaType,
                                       sizeBytes: size, sha256: sha256, uploadedAt: uploadedAt, uploadedBy: uploadedBy)
            return (file, status, Array(buffer: content))
        }
        return nil
    }
}
