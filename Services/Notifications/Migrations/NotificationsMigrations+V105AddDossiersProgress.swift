import Persistence
import StaffAccess

extension NotificationsMigrations {
    /// Where each dossier stands, so that a scheduled sitting tells the dossiers it will
    /// examine: complete before its cut-off, not decided, not on another sitting's agenda.
    static let dossierProgress = Migration(version: 105, name: "dossier_progress", statements: [
        "ALTER TABLE dossiers ADD COLUMN completed_at timestamptz, ADD COLUMN outcome text, ADD COLUMN agenda_sitting_id uuid",
        "CREATE INDEX dossiers_awaiting_sitting ON dossiers (call_id) WHERE outcome IS NULL AND agenda_sitting_id IS NULL",
    ])
}
