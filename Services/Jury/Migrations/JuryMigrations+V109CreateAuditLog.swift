import Persistence
import StaffAccess

extension JuryMigrations {
    /// The append-only, hash-chained log of staff actions.
    static let auditLog = AuditTrail.migration(version: 109)
}
