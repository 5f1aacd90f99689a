import Persistence

extension ApplicationsMigrations {
    /// Collectivités and support bodies.
    static let applicants = Migration(version: 103, name: "applicants", statements: [
        """
        CREATE TABLE applicants (
            id uuid PRIMARY KEY,
            name text NOT NULL CHECK (name <> ''),
            kind text NOT NULL CHECK (kind IN ('commune', 'intercommunality', 'pays', 'electedOfficialsAssociation', 'supportBody')),
            insee_code text,
            siren text,
            department text NOT NULL,
            population integer NOT NULL CHECK (population >= 0),
            inside_urban_agglomeration boolean NOT NULL,
            website text,
            contacts jsonb NOT NULL DEFAULT '[]',
            created_at timestamptz NOT NULL DEFAULT now(),
            CHECK ((kind = 'commune') = (insee_code IS NOT NULL)),
            CHECK ((kind = 'commune') = (siren IS NULL))
        )
        """,
        "CREATE UNIQUE INDEX applicants_insee_code ON applicants (insee_code) WHERE insee_code IS NOT NULL",
        "CREATE UNIQUE INDEX applicants_siren ON applicants (siren) WHERE siren IS NOT NULL",
    ])
}
