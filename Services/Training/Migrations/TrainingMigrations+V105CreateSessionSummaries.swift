import Persistence

extension TrainingMigrations {
    /// A session as the catalogue and the back office read it: its theme's label and the
    /// length of its waitlist beside its own columns.
    static let sessionSummaries = Migration(version: 105, name: "session_summaries", statements: [
        """
        CREATE VIEW session_summaries AS
        SELECT s.id, s.kind, s.audience, s.title, s.theme, t.label AS theme_label, s.description, s.host, s.department, s.town,
               s.address, s.room, s.internet_connection, s.step_free_access, s.starts_at, s.ends_at, s.trainer, s.capacity,
               s.confirmed,
               (SELECT count(*)::int FROM registrations r WHERE r.session_id = s.id AND r.status = 'waitlisted') AS waitlisted,
               s.cancellation_deadline, s.status, s.cancellation_reason
        FROM sessions s JOIN themes t ON t.code = s.theme
        """,
    ])
}
