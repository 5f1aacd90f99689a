import Persistence
import StaffAccess

extension ResourcesMigrations {
    /// The back office's accounts, API tokens and sessions (the resource centre's staff).
    static let accounts = AccountsMigration.migration(version: 103)
}
