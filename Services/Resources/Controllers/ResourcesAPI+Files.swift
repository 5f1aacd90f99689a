import Foundation
import ServiceKit

extension ResourcesAPI {
    static let file = PublicationFile(id: UUID(uuidString: "0e000000-0000-4000-8000-000000000005")!, publicationId: publicationId,
                                      fileName: "guide-tic-intercommunalites.pdf", version: 2, mediaType: DocumentKind.pdf.mediaType, sizeBytes: 48_213,
                                      sha256: String(repeating: "ab", count: 32), uploadedAt: instant, uploadedBy: "Équipe du centre")
    static let fileSchema = Schema.inferred(from: [file])

    static let filePaths: [String: [String: OpenAPIDocument.Operation]] = [
        "/api/publications/{publication}/files": [
            "get": OpenAPIDocument.operation(
                "listPublicationFiles", "Toutes les versions des fichiers d'une publication (ceux d'un brouillon pour l'équipe seulement).",
                tag: "publications", Response(description: "Fichiers", schema: .array(of: fileSchema), example: .encoding([file])), security: []),
            "post": OpenAPIDocument.operation(
                "attachPublicationFile",
                "Joint un fichier (champ file ; PDF, ODT, ODS, DOCX, XLSX, PNG, JPEG, 20 Mo au plus) ; un nom déjà joint en devient la version suivante (équipe).",
                tag: "publications",
                body: OpenAPIDocument.RequestBody(.object(["file": .string(format: "binary")], required: ["file"]), mediaType: "multipart/form-data"),
                success: "201", Response(description: "Fichier joint", schema: fileSchema, example: .encoding(file)),
                refusals: OpenAPIDocument.commonRefusals + ["415"]),
        ],
    ]
}
