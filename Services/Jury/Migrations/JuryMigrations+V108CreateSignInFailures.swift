import Persistence
import StaffAccess

extension JuryMigrations {
    /// Failed sign-ins, counted per account and per address (digests only).
    static let signInFailures = SignInThrottle.migration(version: 108)
}
