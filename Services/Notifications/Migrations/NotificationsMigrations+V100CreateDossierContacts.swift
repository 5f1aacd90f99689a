import Persistence
import StaffAccess

extension NotificationsMigrations {
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
}
