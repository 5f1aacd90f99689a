import Crypto
import Foundation
import StaffAccess
import Hummingbird
import Logging
import Model
import ServiceKit

/// Receiving and handing out a dossier's documents.
struct AttachmentWorkflow: Sendable {
    let context: ApplicationsContext
    private var dossiers: DossierRepository { DossierRepository(logger: context.logger) }
    private var attachments: AttachmentRepository { AttachmentRepository(logger: context.logger) }

    /// A multipart upload's form, refused early when too large or not multipart.
    func readForm(_ request: Request) async throws -> MultipartForm {
        try await MultipartForm.read(request, maxFileBytes: context.attachmentMaxBytes, tooLarge: tooLarge)
    }

    var tooLarge: Problem {
        Problem(status: .contentTooLarge, title: "Pièce trop volumineuse.",
                detail: "Une pièce jointe ne peut dépasser \(AttachmentPresentation.size(context.attachmentMaxBytes)).",
                errors: [FieldError(field: "file", message: "Le fichier dépasse la taille maximale autorisée.")])
    }

    /// Checks the file (size, type by its content) and stores it on an editable dossier.
    func attach(_ file: MultipartForm.Part?, to id: ApplicationID, by principal: Principal) async throws -> Attachment {
        let (file, kind) = try DocumentKind.of(file, maxBytes: context.attachmentMaxBytes, tooLarge: tooLarge)
        let now = context.clock()
        let attachment = Attachment(id: UUID(), dossierId: id, fileName: kind.safeName(file.fileName ?? ""), kind: kind,
                                    sizeBytes: file.body.count, sha256: SHA256.hash(data: file.body).map { String(format: "%02x", $0) }.joined(),
                                    uploadedBy: principal.historyLabel, uploadedAt: now)
        try await context.transaction { connection in
            guard var dossier = try await dossiers.find(id, forUpdate: true, on: connection), principal.mayAccess(applicant: dossier.applicantId)
            else { throw WorkflowError.notFound("Aucun dossier ne porte cet identifiant.") }
            guard dossier.status.after(.edit) != nil else {
                throw WorkflowError.conflict("Impossible d'ajouter une pièce au dossier \(dossier.reference) : il est au statut « \(dossier.status.frenchLabel) ».")
            }
            try await attachments.insert(attachment, content: file.body, on: connection)
            dossier.updatedAt = now
            try await dossiers.update(dossier, on: connection)
            try await dossiers.recordHistory(dossier, actor: principal.historyLabel, action: "Pièce jointe ajoutée : \(attachment.fileName)",
                                             eventId: nil, on: connection)
        }
        return attachment
    }

    /// The document as a download, for its collectivité and staff only.
    func download(_ attachmentId: UUID, of id: ApplicationID, by principal: Principal) async throws -> Response {
        let found = try await context.database.withConnection { connection -> (Attachment, [UInt8])? in
            guard let dossier = try await dossiers.find(id, on: connection), principal.mayAccess(applicant: dossier.applicantId) else { return nil }
            return try await attachments.content(attachmentId, of: id, on: connection)
        }
        guard let (attachment, content) = found else { throw WorkflowError.notFound("Aucune pièce ne porte cet identifiant.") }
        var headers = HTTPFields()
        headers[.contentType] = attachment.kind.mediaType
        headers[.contentDisposition] = DocumentKind.contentDisposition(attachment.fileName)
        headers[.cacheControl] = "private, no-store"
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: content)))
    }
}
