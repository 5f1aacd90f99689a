import Persistence
import StaffAccess

extension TrainingMigrations {
    /// Failed sign-ins, counted per account and per address (digests only).
    static let signInFailures = SignInThrottle.migration(version: 109)
}
