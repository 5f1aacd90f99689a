import Persistence
import StaffAccess

extension NotificationsMigrations {
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
}
