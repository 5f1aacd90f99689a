import Persistence

extension ResourcesMigrations {
    /// The collectivités' websites to diagnose: from `ApplicantRegistered`, or added by staff.
    static let websites = Migration(version: 109, name: "websites", statements: [
        """
        CREATE TABLE websites (
            id uuid PRIMARY KEY,
            applicant_id uuid UNIQUE,
            collectivite text NOT NULL,
            department text,
            population int,
            url text NOT NULL,
            contact_name text,
            contact_email text,
            source text NOT NULL CHECK (source IN ('applications', 'staff')),
            added_at timestamptz NOT NULL
        )
        """,
    ])
}
