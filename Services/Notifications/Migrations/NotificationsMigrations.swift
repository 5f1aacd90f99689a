import Persistence
import StaffAccess

/// The notifications schema, after the platform's outbox and inbox.
enum NotificationsMigrations {
    static let all: [Migration] = [dossierContacts, mailQueue, sendingLeases, staffAccounts, deliveryLog, dossierProgress, queueNotifications, traineesAndSubscribers, waitingEvents, failedMessages, sharedAccounts]

    /// The addresses learnt from `applications.v1`, per dossier (never read from another schema).
    static let dossierContacts = Migration(version: 100, name: "dossier_contacts", statements: [
        """
        CREATE TABLE dossier_contacts (
            application_id uuid NOT NULL,
            reference text NOT NULL,
            name text NOT NULL,
            email text NOT NULL,
            PRIMARY KEY (application_id, email)
        )
        """,
    ])

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

    /// A claimed message is leased to one sender while it is sent; each outcome commits on its
    /// own, so a sender that dies loses at most the message in flight, sent again once the
    /// lease has run out.
    static let sendingLeases = Migration(version: 102, name: "sending_leases", statements: [
        "ALTER TABLE messages ADD COLUMN lease_until timestamptz",
    ])

    /// The back-office's accounts (the delivery log needs a login). Released: its SQL stays as
    /// it was applied, and version 110 gives the tables their shared shape.
    static let staffAccounts = Migration(version: 103, name: "staff_accounts", statements: [
        """
        CREATE TABLE staff_accounts (
            id uuid PRIMARY KEY,
            email text NOT NULL,
            display_name text NOT NULL,
            password_hash text NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        "CREATE UNIQUE INDEX staff_accounts_email ON staff_accounts (lower(email))",
        """
        CREATE TABLE staff_api_tokens (
            token_hash bytea PRIMARY KEY,
            account_id uuid NOT NULL REFERENCES staff_accounts (id) ON DELETE CASCADE,
            expires_at timestamptz NOT NULL
        )
        """,
        """
        CREATE TABLE staff_web_sessions (
            token_hash bytea PRIMARY KEY,
            account_id uuid NOT NULL REFERENCES staff_accounts (id) ON DELETE CASCADE,
            csrf_token text NOT NULL,
            expires_at timestamptz NOT NULL
        )
        """,
    ])

    /// Resends point at the message they send again (a new row, so the log keeps every
    /// outcome); a message may carry one attachment (a training's iCal invitation) and a
    /// one-click unsubscribe address.
    static let deliveryLog = Migration(version: 104, name: "delivery_log", statements: [
        "ALTER TABLE messages ADD COLUMN resend_of uuid REFERENCES messages (id)",
        "ALTER TABLE messages ADD COLUMN attachment_name text, ADD COLUMN attachment_type text, ADD COLUMN attachment_data bytea",
        "ALTER TABLE messages ADD COLUMN list_unsubscribe text",
        "CREATE INDEX messages_latest ON messages (created_at DESC)",
    ])

    /// Where each dossier stands, so that a scheduled sitting tells the dossiers it will
    /// examine: complete before its cut-off, not decided, not on another sitting's agenda.
    static let dossierProgress = Migration(version: 105, name: "dossier_progress", statements: [
        "ALTER TABLE dossiers ADD COLUMN completed_at timestamptz, ADD COLUMN outcome text, ADD COLUMN agenda_sitting_id uuid",
        "CREATE INDEX dossiers_awaiting_sitting ON dossiers (call_id) WHERE outcome IS NULL AND agenda_sitting_id IS NULL",
    ])

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

    /// What training and resources events teach: sessions, trainees' registrations (and
    /// whether their reminder is queued), the publications waiting for the next digest, and
    /// the digest's subscribers (confirmed by email, unsubscribed in one click).
    static let traineesAndSubscribers = Migration(version: 107, name: "trainees_and_subscribers", statements: [
        """
        CREATE TABLE training_sessions (
            session_id uuid PRIMARY KEY,
            title text NOT NULL,
            starts_at timestamptz NOT NULL,
            ends_at timestamptz NOT NULL,
            venue text NOT NULL
        )
        """,
        """
        CREATE TABLE registrations (
            registration_id uuid PRIMARY KEY,
            session_id uuid NOT NULL,
            name text NOT NULL,
            email text NOT NULL,
            outcome text NOT NULL,
            session_title text NOT NULL,
            starts_at timestamptz NOT NULL,
            venue text NOT NULL,
            reminder_queued boolean NOT NULL DEFAULT false
        )
        """,
        "CREATE INDEX registrations_session ON registrations (session_id)",
        "CREATE INDEX registrations_awaiting_reminder ON registrations (starts_at) WHERE NOT reminder_queued AND outcome IN ('confirmed', 'promoted')",
        """
        CREATE TABLE publications (
            publication_id uuid PRIMARY KEY,
            kind text NOT NULL,
            title text NOT NULL,
            summary text NOT NULL,
            url text NOT NULL,
            published_at timestamptz NOT NULL,
            digest_id uuid
        )
        """,
        "CREATE INDEX publications_undigested ON publications (published_at) WHERE digest_id IS NULL",
        """
        CREATE TABLE subscribers (
            id uuid PRIMARY KEY,
            email text NOT NULL,
            token text NOT NULL UNIQUE,
            created_at timestamptz NOT NULL DEFAULT now(),
            confirmed_at timestamptz,
            unsubscribed_at timestamptz
        )
        """,
        "CREATE UNIQUE INDEX subscribers_email ON subscribers (lower(email))",
    ])

    /// Jury decisions about a dossier not known yet, kept whole until its submission:
    /// `jury.v1` and `applications.v1` are read independently, so after a backlog a decision
    /// may come first.
    static let waitingEvents = Migration(version: 108, name: "waiting_events", statements: [
        """
        CREATE TABLE waiting_events (
            position bigserial PRIMARY KEY,
            event_id uuid NOT NULL UNIQUE,
            application_id uuid NOT NULL,
            topic text NOT NULL,
            payload bytea NOT NULL,
            received_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        "CREATE INDEX waiting_events_dossier ON waiting_events (application_id)",
    ])

    /// The delivery log's list of failed messages, newest first, without reading the others.
    static let failedMessages = Migration(version: 109, name: "failed_messages", statements: [
        "CREATE INDEX messages_failed ON messages (finished_at DESC) WHERE status = 'failed'",
    ])
}
