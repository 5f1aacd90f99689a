import Persistence
import StaffAccess

extension NotificationsMigrations {
    /// What the emails need to say (calls' titles, jury dates, dossiers' call) and the queue:
    /// one message per (event, recipient, template), so a redelivered event sends nothing twice.
    static let mailQueue = Migration(version: 101, name: "mail_queue", statements: [
        "CREATE TABLE calls (call_id uuid PRIMARY KEY, title text NOT NULL)",
        "CREATE TABLE dossiers (application_id uuid PRIMARY KEY, reference text NOT NULL, call_id uuid NOT NULL, project_title text NOT NULL)",
        """
        CREATE TABLE sittings (
            sitting_id uuid PRIMARY KEY,
            sitting_date date NOT NULL,
            call_ids uuid[] NOT NULL
        )
        """,
        """
        CREATE TABLE messages (
            id uuid PRIMARY KEY,
            cause_event_id uuid NOT NULL,
            template text NOT NULL,
            recipient text NOT NULL,
            recipient_name text,
            reference text,
            subject text NOT NULL,
            text_body text NOT NULL,
            html_body text NOT NULL,
            status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
            attempts integer NOT NULL DEFAULT 0,
            next_attempt_at timestamptz NOT NULL DEFAULT now(),
            last_reply text,
            created_at timestamptz NOT NULL DEFAULT now(),
            finished_at timestamptz,
            CONSTRAINT messages_once UNIQUE (cause_event_id, recipient, template)
        )
        """,
        "CREATE INDEX messages_due ON messages (next_attempt_at) WHERE status = 'queued'",
        "CREATE INDEX messages_reference ON messages (reference)",
        "CREATE INDEX messages_recipient ON messages (lower(recipient))",
    ])
}
