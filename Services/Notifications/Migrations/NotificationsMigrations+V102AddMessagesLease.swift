import Persistence
import StaffAccess

extension NotificationsMigrations {
    /// A claimed message is leased to one sender while it is sent; each outcome commits on its
    /// own, so a sender that dies loses at most the message in flight, sent again once the
    /// lease has run out.
    static let sendingLeases = Migration(version: 102, name: "sending_leases", statements: [
        "ALTER TABLE messages ADD COLUMN lease_until timestamptz",
    ])
}
