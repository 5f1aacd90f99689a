import Foundation
import Model

/// A file attached to a publication: one version of its name, its type recognised by its
/// content, its size and SHA-256 (for partners who mirror it).
struct PublicationFile: Codable, Sendable, Equatable {
    var id: UUID
    var publicationId: PublicationID
    var fileName: String
    /// 1 for the first upload of a name; each new upload of it adds one, the older stay reachable.
    var version: Int
    var mediaType: String
    var sizeBytes: Int
    var sha256: String
    var uploadedAt: Date
    var uploadedBy: String
}
