import Persistence
import StaffAccess

extension NotificationsMigrations {
    /// Queuing a message wakes the senders at once (one notification per transaction, at
    /// commit); polling remains for retries and as the fallback.
    static let queueNotifications = Migration(version: 106, name: "queue_notifications", statements: [
        """
        CREATE FUNCTION messages_notify() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('mail_' || TG_TABLE_SCHEMA, '');
            RETURN NULL;
        END
        $$
        """,
        "CREATE TRIGGER messages_queued AFTER INSERT ON messages FOR EACH STATEMENT EXECUTE FUNCTION messages_notify()",
    ])
}
