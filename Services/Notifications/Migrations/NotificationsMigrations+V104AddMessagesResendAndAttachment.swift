import Persistence
import StaffAccess

extension NotificationsMigrations {
    /// Resends point at the message they send again (a new row, so the log keeps every
    /// outcome); a message may carry one attachment (a training's iCal invitation) and a
    /// one-click unsubscribe address.
    static let deliveryLog = Migration(version: 104, name: "delivery_log", statements: [
        "ALTER TABLE messages ADD COLUMN resend_of uuid REFERENCES messages (id)",
        "ALTER TABLE messages ADD COLUMN attachment_name text, ADD COLUMN attachment_type text, ADD COLUMN attachment_data bytea",
        "ALTER TABLE messages ADD COLUMN list_unsubscribe text",
        "CREATE INDEX messages_latest ON messages (created_at DESC)",
    ])
}
