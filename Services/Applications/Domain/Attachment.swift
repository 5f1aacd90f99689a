import Foundation
import Model
import ServiceKit

/// A document joined to a dossier (its content is read apart, when downloaded).
struct Attachment: Codable, Sendable, Equatable {
    var id: UUID
    var dossierId: ApplicationID
    var fileName: String
    var kind: DocumentKind
    var sizeBytes: Int
    /// Hexadecimal SHA-256 of the content, to prove later which file was received.
    var sha256: String
    var uploadedBy: String
    var uploadedAt: Date
}
