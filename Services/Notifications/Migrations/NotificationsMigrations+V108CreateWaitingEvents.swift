import Persistence
import StaffAccess

extension NotificationsMigrations {
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
}
