import Foundation

/// The authenticated account behind a request.
struct Member: Sendable, Equatable, Codable {
    var id: UUID
    var email: String
    var displayName: String
    var role: MemberRole

    /// How decisions and minutes name the member.
    var actorLabel: String { "\(displayName) (\(role.frenchLabel))" }
}
