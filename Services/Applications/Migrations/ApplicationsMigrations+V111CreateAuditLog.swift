import Persistence
import StaffAccess

extension ApplicationsMigrations {
    /// The append-only, hash-chained log of staff actions.
    static let auditLog = AuditTrail.migration(version: 111)
}
