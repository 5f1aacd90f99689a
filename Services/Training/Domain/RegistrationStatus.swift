/// Where a registration stands.
enum RegistrationStatus: String, Codable, Sendable, CaseIterable {
    case confirmed
    case waitlisted
    case cancelled
}
