import Foundation

/// A juror sitting on one sitting.
struct SittingMember: Sendable, Equatable, Codable {
    var memberId: UUID
    var displayName: String
    var role: SittingRole
    /// Whether the member attended; known once the sitting is closed.
    var present = false
}
