import Foundation
import PostgresNIO

extension AuditTrail {
    /// Appends what `account` did, on the transaction of the action.
    public func append<Role: AccountRole>(_ action: String, subject: String, details: [String: String] = [:], by account: Account<Role>,
                                          at instant: Date, on connection: PostgresConnection) async throws {
        try await append(AuditEntry(occurredAt: instant, actorId: account.id, actorRole: account.role.rawValue, action: action,
                                    subject: subject, details: details), on: connection)
    }
}
