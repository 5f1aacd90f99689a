import Crypto
import Foundation
import Hummingbird
import Model
import ServiceKit

/// Files attached to publications: checked by their content, never by their name; a PDF's
/// text goes into the search; a second upload of a name is its next version, the older ones
/// stay reachable.
struct PublicationFileDesk: Sendable {
    let context: ResourcesContext
    var extractor = PDFTextExtractor()
    private var files: PublicationFileRepository { PublicationFileRepository(logger: context.logger) }

    /// The largest file accepted.
    static let maxBytes = 20 * 1024 * 1024

    static let tooLarge = Problem(status: .contentTooLarge, title: "Fichier trop volumineux.",
                                  detail: "Un fichier joint ne peut dépasser 20 Mo.",
                                  errors: [FieldError(field: "file", message: "Le fichier dépasse 20 Mo.")])

    func readForm(_ request: Request) async throws -> MultipartForm {
        try await MultipartForm.read(request, maxFileBytes: Self.maxBytes, tooLarge: Self.tooLarge)
    }

    func attach(_ part: MultipartForm.Part?, to id: PublicationID, by staffName: String) async throws -> PublicationFile {
        let (part, kind) = try DocumentKind.of(part, maxBytes: Self.maxBytes, tooLarge: Self.tooLarge)
        // Read before the transaction: the child process may take seconds, no row waits for it.
        let text = kind == .pdf ? try await extractor.text(of: part.body) : ""
        let fileName = kind.safeName(part.fileName ?? "")
        let now = context.clock()
        return try await context.transaction { connection in
            guard try await PublicationRepository(logger: context.logger).find(id, forUpdate: true, on: connection) != nil else {
                throw PublicationDesk.notFound
            }
            let file = PublicationFile(
                id: UUID(), publicationId: id, fileName: fileName,
                version: try await files.nextVersion(of: fileName, on: id, connection: connection), mediaType: kind.mediaType,
                sizeBytes: part.body.count, sha256: SHA256.hash(data: part.body).map { String(format: "%02x", $0) }.joined(),
                uploadedAt: now, uploadedBy: staffName)
            try await files.insert(file, content: part.body, text: text, on: connection)
            return file
        }
    }

    func files(of id: PublicationID) async throws -> [PublicationFile] {
        try await context.database.withConnection { try await files.files(of: id, on: $0) }
    }

    /// The file as a download; a draft's files are not public.
    func download(_ id: UUID) async throws -> Response {
        let found = try await context.database.withConnection { try await files.content(id, on: $0) }
        guard let found, found.status != PublicationStatus.draft.rawValue else { throw Problem.notFound("Aucun fichier ne porte cet identifiant.") }
        var headers = HTTPFields()
        headers[.contentType] = found.file.mediaType
        headers[.contentDisposition] = DocumentKind.contentDisposition(found.file.fileName)
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        headers[.accessControlAllowOrigin] = "*"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: found.content)))
    }
}
