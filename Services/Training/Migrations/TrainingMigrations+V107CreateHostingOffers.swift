import Persistence

extension TrainingMigrations {
    /// Collectivités' offers to host a session, and staff's answers: an accepted offer points
    /// to the session created from it. The view adds the theme's label.
    static let hostingOffers = Migration(version: 107, name: "hosting_offers", statements: [
        """
        CREATE TABLE hosting_offers (
            id uuid PRIMARY KEY,
            collectivite text NOT NULL,
            collectivite_code text,
            department text NOT NULL,
            contact_name text NOT NULL,
            contact_email text NOT NULL,
            contact_phone text,
            kind text NOT NULL CHECK (kind IN ('knowledgeBuffet', 'projectWorkshop', 'awarenessSeminar')),
            audience text NOT NULL,
            theme text NOT NULL REFERENCES themes (code),
            proposed_dates text NOT NULL,
            town text NOT NULL,
            address text NOT NULL,
            room text NOT NULL,
            capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 500),
            internet_connection boolean NOT NULL,
            step_free_access boolean NOT NULL,
            message text,
            status text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'accepted', 'declined')),
            answer text,
            session_id uuid REFERENCES sessions (id),
            received_at timestamptz NOT NULL,
            answered_at timestamptz,
            CONSTRAINT hosting_offers_accepted_with_session CHECK ((status = 'accepted') = (session_id IS NOT NULL))
        )
        """,
        "CREATE INDEX hosting_offers_by_status ON hosting_offers (status, received_at)",
        """
        CREATE VIEW hosting_offer_summaries AS
        SELECT o.id, o.collectivite, o.collectivite_code, o.department, o.contact_name, o.contact_email, o.contact_phone, o.kind,
               o.audience, o.theme, t.label AS theme_label, o.proposed_dates, o.town, o.address, o.room, o.capacity,
               o.internet_connection, o.step_free_access, o.message, o.status, o.answer, o.session_id, o.received_at, o.answered_at
        FROM hosting_offers o JOIN themes t ON t.code = o.theme
        """,
    ])
}
