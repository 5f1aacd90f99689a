import Persistence
import StaffAccess

extension NotificationsMigrations {
    /// The delivery log's list of failed messages, newest first, without reading the others.
    static let failedMessages = Migration(version: 109, name: "failed_messages", statements: [
        "CREATE INDEX messages_failed ON messages (finished_at DESC) WHERE status = 'failed'",
    ])
}
