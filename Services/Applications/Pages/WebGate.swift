import StaffAccess

/// The portal's and the back office's way in: sessions, CSRF checks and refusals as pages.
typealias WebGate = AccountGate<PageRenderer>
