import Foundation

/// One staff action as the audit trail keeps it: who, what, on what, when, and the few facts
/// that say what was decided. Its canonical JSON (sorted keys) is what the chain hashes.
public struct AuditEntry: Codable, Sendable, Equatable {
    public var occurredAt: Date
    public var actorId: UUID
    public var actorRole: String
    /// What was done, e.g. `dossier.declaredComplete`, `decision.recorded`, `message.resent`.
    public var action: String
    /// What it was done to: a reference or an identifier.
    public var subject: String
    public var details: [String: String]

    public init(occurredAt: Date, actorId: UUID, actorRole: String, action: String, subject: String, details: [String: String] = [:]) {
        self.occurredAt = occurredAt
        self.actorId = actorId
        self.actorRole = actorRole
        self.action = action
        self.subject = subject
        self.details = details
    }

    /// The text stored and hashed.
    func canonical() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
