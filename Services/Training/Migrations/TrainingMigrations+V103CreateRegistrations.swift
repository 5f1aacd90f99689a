import Persistence

extension TrainingMigrations {
    /// Registrations, confirmed or waitlisted in arrival order; one live registration per
    /// address and session. The address's digest outlives a deletion, for the objective's count.
    static let registrations = Migration(version: 103, name: "registrations", statements: [
        "CREATE SEQUENCE registrations_arrival",
        """
        CREATE TABLE registrations (
            id uuid PRIMARY KEY,
            session_id uuid NOT NULL REFERENCES sessions (id),
            arrival bigint NOT NULL DEFAULT nextval('registrations_arrival'),
            name text,
            email text,
            email_digest bytea NOT NULL,
            role text NOT NULL CHECK (role IN ('mayor', 'deputyMayor', 'municipalCouncillor', 'communityCouncillor',
                                               'generalSecretary', 'townClerk', 'technician', 'other')),
            collectivite text,
            collectivite_code text,
            status text NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled')),
            attended boolean NOT NULL DEFAULT false,
            manage_token_hash bytea NOT NULL UNIQUE,
            registered_at timestamptz NOT NULL,
            cancelled_at timestamptz,
            CONSTRAINT registrations_person_or_deleted CHECK ((name IS NULL) = (email IS NULL))
        )
        """,
        """
        CREATE UNIQUE INDEX registrations_one_live_per_address ON registrations (session_id, email_digest)
        WHERE status <> 'cancelled'
        """,
        "CREATE INDEX registrations_waitlist ON registrations (session_id, arrival) WHERE status = 'waitlisted'",
    ])
}
