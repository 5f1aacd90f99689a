import Persistence
import StaffAccess

extension TrainingMigrations {
    /// The back office's accounts, API tokens and sessions (the programme's team only).
    static let accounts = AccountsMigration.migration(version: 104)
}
