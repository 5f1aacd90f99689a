import Persistence

/// The applications schema, after the platform's outbox and inbox.
enum ApplicationsMigrations {
    static let all: [Migration] = [juryDecisions, calls, programmeCalls, applicants, dossiers, accounts, webSessions, attachments,
                                   programmeCallsAnnouncedAgain, sharedAccounts]

    /// The jury's decisions, as received from `jury.v1`, to show on each dossier.
    static let juryDecisions = Migration(version: 100, name: "jury_decisions", statements: [
        """
        CREATE TABLE jury_decisions (
            event_id uuid PRIMARY KEY,
            application_id uuid NOT NULL,
            sitting_id uuid NOT NULL,
            decision text NOT NULL CHECK (decision IN ('selected', 'rejected', 'deferred')),
            granted_amount_cents bigint,
            consulting_days integer,
            motivation text,
            decided_at timestamptz NOT NULL
        )
        """,
        "CREATE INDEX jury_decisions_application ON jury_decisions (application_id, decided_at)",
    ])

    /// Calls are data: rules, window, caps.
    static let calls = Migration(version: 101, name: "calls", statements: [
        """
        CREATE TABLE calls (
            id uuid PRIMARY KEY,
            action text NOT NULL CHECK (action IN ('consultingAid', 'innovationGrant')),
            title text NOT NULL CHECK (title <> ''),
            description text NOT NULL,
            opens_at timestamptz NOT NULL,
            closes_at timestamptz NOT NULL,
            eligible_kinds text[] NOT NULL,
            max_beneficiaries integer NOT NULL CHECK (max_beneficiaries > 0),
            subsidy_rate_bp integer CHECK (subsidy_rate_bp BETWEEN 1 AND 10000),
            subsidy_cap_cents bigint CHECK (subsidy_cap_cents > 0),
            consulting_days integer CHECK (consulting_days > 0),
            excluded_themes jsonb NOT NULL DEFAULT '[]',
            criteria text[] NOT NULL,
            budget_envelope_cents bigint CHECK (budget_envelope_cents > 0),
            closed_at timestamptz,
            created_at timestamptz NOT NULL DEFAULT now(),
            CHECK (closes_at > opens_at),
            CHECK ((action = 'innovationGrant') = (subsidy_rate_bp IS NOT NULL AND subsidy_cap_cents IS NOT NULL)),
            CHECK ((action = 'consultingAid') = (consulting_days IS NOT NULL))
        )
        """,
    ])

    /// The two calls of the 2006–2008 programme, exactly as the brochure states them, and
    /// their `CallPublished` events in the outbox so that the other services learn them.
    static let programmeCalls = Migration(version: 102, name: "programme_2006_calls", statements: [
        """
        INSERT INTO calls (id, action, title, description, opens_at, closes_at, eligible_kinds, max_beneficiaries,
                           consulting_days, criteria)
        VALUES ('0a2c0000-2006-4000-8000-000000000002', 'consultingAid',
                'Action 2 — Aide au conseil (2006-2007)',
                'Une prestation d''ingénierie personnalisée accompagne les collectivités retenues dans le montage de leur projet d''Internet Public : 7 jours de conseil en moyenne, entièrement pris en charge par le programme.',
                '2006-09-01 00:00:00 Europe/Paris', '2007-11-30 23:59:59 Europe/Paris',
                ARRAY['commune', 'intercommunality', 'pays', 'electedOfficialsAssociation', 'supportBody'], 50, 7,
                ARRAY['Taille de la commune (communes hors agglomération de moins de 2 500 habitants, intercommunalités de moins de 15 000 habitants)',
                      'Intérêt du projet pour le territoire et les usagers finaux',
                      'Démarche collaborative et partenariale',
                      'Capacité à gérer le projet en phase opérationnelle',
                      'Reproductibilité sur un autre territoire'])
        """,
        """
        INSERT INTO calls (id, action, title, description, opens_at, closes_at, eligible_kinds, max_beneficiaries,
                           subsidy_rate_bp, subsidy_cap_cents, excluded_themes, criteria)
        VALUES ('0a2c0000-2006-4000-8000-000000000003', 'innovationGrant',
                'Action 3 — Soutien à des projets innovants (2006-2007)',
                'Une subvention d''investissement de 80 % des coûts éligibles, plafonnée à 50 000 € par projet, pour des services numériques destinés aux usagers finaux.',
                '2006-09-01 00:00:00 Europe/Paris', '2007-09-30 23:59:59 Europe/Paris',
                ARRAY['commune', 'intercommunality', 'pays', 'electedOfficialsAssociation', 'supportBody'], 25, 8000, 5000000,
                '[{"label": "Numérisation du cadastre", "keywords": ["cadastre", "cadastral", "plan cadastral"]},
                  {"label": "Système d''information géographique (SIG)", "keywords": ["SIG", "système d''information géographique", "systèmes d''information géographique", "GIS"]},
                  {"label": "Dématérialisation des marchés publics", "keywords": ["marchés publics", "marché public", "commande publique", "profil d''acheteur"]}]',
                ARRAY['Taille de la commune (communes hors agglomération de moins de 2 500 habitants, intercommunalités de moins de 15 000 habitants)',
                      'Intérêt du projet pour le territoire et les usagers finaux',
                      'Démarche collaborative et partenariale (notamment public-privé)',
                      'Caractère innovant (technique, démarche, territoriale, en termes de services)',
                      'Capacité à gérer le projet en phase opérationnelle (ressources financières et capacités d''autofinancement, ressources humaines) dans les délais du programme régional et à en assurer la pérennité',
                      'Reproductibilité sur un autre territoire'])
        """,
        """
        INSERT INTO outbox (event_id, topic, message_key, payload)
        SELECT gen_random_uuid(), 'applications.v1', c.id::text, jsonb_build_object(
                   'id', e.id, 'type', 'CallPublished', 'version', 1, 'source', 'applications',
                   'occurredAt', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                   'correlationId', e.id, 'causationId', NULL,
                   'data', jsonb_strip_nulls(jsonb_build_object(
                       'callId', c.id, 'action', c.action, 'title', c.title,
                       'opensAt', to_char(c.opens_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                       'closesAt', to_char(c.closes_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                       'maxBeneficiaries', c.max_beneficiaries, 'eligibleKinds', to_jsonb(c.eligible_kinds),
                       'subsidyRate', c.subsidy_rate_bp, 'subsidyCap', c.subsidy_cap_cents,
                       'consultingDays', c.consulting_days, 'criteria', to_jsonb(c.criteria))))::text
        FROM calls c CROSS JOIN LATERAL (SELECT gen_random_uuid() AS id) e
        ORDER BY c.id
        """,
    ])

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

    /// Dossiers, their readable references and their history.
    static let dossiers = Migration(version: 104, name: "dossiers", statements: [
        """
        CREATE TABLE reference_counters (
            prefix text NOT NULL,
            year integer NOT NULL,
            last_number integer NOT NULL,
            PRIMARY KEY (prefix, year)
        )
        """,
        """
        CREATE TABLE dossiers (
            id uuid PRIMARY KEY,
            reference text NOT NULL UNIQUE,
            call_id uuid NOT NULL REFERENCES calls,
            applicant_id uuid NOT NULL REFERENCES applicants,
            status text NOT NULL CHECK (status IN ('draft', 'submitted', 'incomplete', 'complete', 'onAgenda', 'selected',
                                                   'rejected', 'deferred', 'withdrawn', 'closed')),
            project_title text NOT NULL DEFAULT '',
            theme text NOT NULL DEFAULT '',
            summary text NOT NULL DEFAULT '',
            eligible_cost_cents bigint CHECK (eligible_cost_cents > 0),
            requested_subsidy_cents bigint CHECK (requested_subsidy_cents >= 0),
            staff_message text,
            created_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL,
            submitted_at timestamptz,
            completed_at timestamptz
        )
        """,
        // At most one open dossier per applicant and call, even when two requests race.
        """
        CREATE UNIQUE INDEX dossiers_one_open_per_applicant_and_call ON dossiers (applicant_id, call_id)
        WHERE status NOT IN ('withdrawn', 'rejected', 'closed')
        """,
        "CREATE INDEX dossiers_by_call_and_status ON dossiers (call_id, status)",
        """
        CREATE TABLE dossier_history (
            position bigserial PRIMARY KEY,
            dossier_id uuid NOT NULL REFERENCES dossiers,
            at timestamptz NOT NULL,
            actor text NOT NULL,
            action text NOT NULL,
            status text NOT NULL,
            event_id uuid,
            message text
        )
        """,
        "CREATE INDEX dossier_history_by_dossier ON dossier_history (dossier_id, position)",
    ])

    /// People: applicants' accounts and staff, with API tokens.
    static let accounts = Migration(version: 105, name: "accounts", statements: [
        """
        CREATE TABLE accounts (
            id uuid PRIMARY KEY,
            email text NOT NULL,
            display_name text NOT NULL,
            password_hash text NOT NULL,
            role text NOT NULL CHECK (role IN ('applicant', 'instructor', 'admin')),
            applicant_id uuid REFERENCES applicants,
            created_at timestamptz NOT NULL DEFAULT now(),
            CHECK ((role = 'applicant') = (applicant_id IS NOT NULL))
        )
        """,
        "CREATE UNIQUE INDEX accounts_email ON accounts (lower(email))",
        """
        CREATE TABLE api_tokens (
            token_hash bytea PRIMARY KEY,
            account_id uuid NOT NULL REFERENCES accounts ON DELETE CASCADE,
            expires_at timestamptz NOT NULL
        )
        """,
    ])

    /// Signed-in browsers of the portal and the back office, each with its CSRF token.
    static let webSessions = Migration(version: 106, name: "web_sessions", statements: [
        """
        CREATE TABLE web_sessions (
            token_hash bytea PRIMARY KEY,
            account_id uuid NOT NULL REFERENCES accounts ON DELETE CASCADE,
            csrf_token text NOT NULL,
            expires_at timestamptz NOT NULL
        )
        """,
    ])

    /// Dossiers' attachments, kept in the database so that they commit with the dossier's history.
    static let attachments = Migration(version: 107, name: "attachments", statements: [
        """
        CREATE TABLE attachments (
            id uuid PRIMARY KEY,
            dossier_id uuid NOT NULL REFERENCES dossiers,
            file_name text NOT NULL,
            kind text NOT NULL CHECK (kind IN ('pdf', 'odt', 'ods', 'docx', 'xlsx', 'png', 'jpeg')),
            size_bytes integer NOT NULL CHECK (size_bytes > 0),
            sha256 text NOT NULL CHECK (length(sha256) = 64),
            content bytea NOT NULL,
            uploaded_by text NOT NULL,
            uploaded_at timestamptz NOT NULL
        )
        """,
        "CREATE INDEX attachments_by_dossier ON attachments (dossier_id, uploaded_at)",
    ])

    /// Version 102 gave both seeded calls' `CallPublished` the same envelope id (its
    /// `gen_random_uuid()` was evaluated once), so a consumer's inbox kept only one of them.
    /// Applied migrations cannot change: announce both calls again, one id per event, the
    /// outbox row and the envelope sharing it.
    static let programmeCallsAnnouncedAgain = Migration(version: 108, name: "programme_2006_calls_announced_again", statements: [
        """
        WITH announced AS (
            SELECT c.*, gen_random_uuid() AS event_id FROM calls c
            WHERE c.id IN ('0a2c0000-2006-4000-8000-000000000002', '0a2c0000-2006-4000-8000-000000000003'))
        INSERT INTO outbox (event_id, topic, message_key, payload)
        SELECT a.event_id, 'applications.v1', a.id::text, jsonb_build_object(
                   'id', a.event_id, 'type', 'CallPublished', 'version', 1, 'source', 'applications',
                   'occurredAt', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                   'correlationId', a.event_id, 'causationId', NULL,
                   'data', jsonb_strip_nulls(jsonb_build_object(
                       'callId', a.id, 'action', a.action, 'title', a.title,
                       'opensAt', to_char(a.opens_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                       'closesAt', to_char(a.closes_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                       'maxBeneficiaries', a.max_beneficiaries, 'eligibleKinds', to_jsonb(a.eligible_kinds),
                       'subsidyRate', a.subsidy_rate_bp, 'subsidyCap', a.subsidy_cap_cents,
                       'consultingDays', a.consulting_days, 'criteria', to_jsonb(a.criteria),
                       'budgetEnvelope', a.budget_envelope_cents)))::text
        FROM announced a
        ORDER BY a.id
        """,
    ])
}
