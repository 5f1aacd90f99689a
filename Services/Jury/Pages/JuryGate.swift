import StaffAccess

/// The jury pages' way in: sessions, CSRF checks and refusals as jury pages.
typealias JuryGate = AccountGate<JuryPageRenderer>
