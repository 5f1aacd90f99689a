import Persistence
import StaffAccess

extension NotificationsMigrations {
    /// The append-only, hash-chained log of staff actions.
    static let auditLog = AuditTrail.migration(version: 112)
}
