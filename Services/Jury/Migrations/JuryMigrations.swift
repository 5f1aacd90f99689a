import Persistence

/// The jury schema, after the platform's outbox and inbox.
enum JuryMigrations {
    static let all: [Migration] = [dossiers, calls, members, sittings, deliberations, webSessions, callCompletions, sharedAccounts]

    /// The jury's own view of dossiers, built only from `applications.v1`.
    static let dossiers = Migration(version: 100, name: "dossiers", statements: [
        """
        CREATE TABLE dossiers (
            application_id uuid PRIMARY KEY,
            reference text NOT NULL,
            call_id uuid NOT NULL,
            action text NOT NULL,
            applicant_name text NOT NULL,
            applicant_kind text NOT NULL,
            department text NOT NULL,
            population integer NOT NULL,
            priority_target boolean NOT NULL,
            project_title text NOT NULL,
            theme text NOT NULL,
            eligible_cost_cents bigint,
            requested_subsidy_cents bigint,
            status text NOT NULL,
            submitted_at timestamptz NOT NULL,
            completed_at timestamptz,
            updated_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        "CREATE INDEX dossiers_call_status ON dossiers (call_id, status)",
    ])

    /// The calls' rules, from `CallPublished`, and the places and budget the jury has used:
    /// the checks make "never more than the call allows" hold under concurrent decisions.
    static let calls = Migration(version: 101, name: "calls", statements: [
        """
        CREATE TABLE calls (
            call_id uuid PRIMARY KEY,
            action text NOT NULL,
            title text NOT NULL,
            max_beneficiaries integer NOT NULL,
            subsidy_rate_bp integer,
            subsidy_cap_cents bigint,
            consulting_days integer,
            criteria text[] NOT NULL,
            budget_envelope_cents bigint,
            selected_count integer NOT NULL DEFAULT 0,
            granted_cents bigint NOT NULL DEFAULT 0,
            CONSTRAINT calls_places CHECK (selected_count <= max_beneficiaries),
            CONSTRAINT calls_budget CHECK (budget_envelope_cents IS NULL OR granted_cents <= budget_envelope_cents)
        )
        """,
    ])

    /// Staff and jurors, and the API's bearer tokens (SHA-256 digests only).
    static let members = Migration(version: 102, name: "members", statements: [
        """
        CREATE TABLE members (
            id uuid PRIMARY KEY,
            email text NOT NULL,
            display_name text NOT NULL,
            password_hash text NOT NULL,
            role text NOT NULL CHECK (role IN ('staff', 'juror')),
            created_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        "CREATE UNIQUE INDEX members_email ON members (lower(email))",
        """
        CREATE TABLE api_tokens (
            token_hash bytea PRIMARY KEY,
            member_id uuid NOT NULL REFERENCES members (id) ON DELETE CASCADE,
            expires_at timestamptz NOT NULL
        )
        """,
    ])

    /// Sittings, their calls, members and agenda.
    static let sittings = Migration(version: 103, name: "sittings", statements: [
        """
        CREATE TABLE sittings (
            id uuid PRIMARY KEY,
            sitting_date date NOT NULL,
            cut_off timestamptz NOT NULL,
            quorum integer NOT NULL CHECK (quorum > 0),
            closed_at timestamptz,
            created_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        """
        CREATE TABLE sitting_calls (
            sitting_id uuid NOT NULL REFERENCES sittings (id),
            call_id uuid NOT NULL REFERENCES calls (call_id),
            PRIMARY KEY (sitting_id, call_id)
        )
        """,
        """
        CREATE TABLE sitting_members (
            sitting_id uuid NOT NULL REFERENCES sittings (id),
            member_id uuid NOT NULL REFERENCES members (id),
            role text NOT NULL CHECK (role IN ('chair', 'member')),
            -- Recorded as the sitting closes, for its quorum and minutes.
            present boolean NOT NULL DEFAULT false,
            PRIMARY KEY (sitting_id, member_id)
        )
        """,
        """
        CREATE TABLE agenda (
            sitting_id uuid NOT NULL REFERENCES sittings (id),
            application_id uuid NOT NULL REFERENCES dossiers (application_id),
            PRIMARY KEY (sitting_id, application_id)
        )
        """,
    ])

    /// Declarations of interest, scores and decisions; a dossier is decided once per sitting.
    static let deliberations = Migration(version: 104, name: "deliberations", statements: [
        """
        CREATE TABLE declarations (
            sitting_id uuid NOT NULL,
            application_id uuid NOT NULL,
            member_id uuid NOT NULL REFERENCES members (id),
            conflict boolean NOT NULL,
            declared_at timestamptz NOT NULL,
            PRIMARY KEY (sitting_id, application_id, member_id),
            FOREIGN KEY (sitting_id, application_id) REFERENCES agenda (sitting_id, application_id)
        )
        """,
        """
        CREATE TABLE scores (
            sitting_id uuid NOT NULL,
            application_id uuid NOT NULL,
            member_id uuid NOT NULL,
            criterion integer NOT NULL,
            score integer NOT NULL CHECK (score BETWEEN 0 AND 5),
            comment text,
            PRIMARY KEY (sitting_id, application_id, member_id, criterion),
            FOREIGN KEY (sitting_id, application_id, member_id) REFERENCES declarations (sitting_id, application_id, member_id)
        )
        """,
        """
        CREATE TABLE decisions (
            sitting_id uuid NOT NULL,
            application_id uuid NOT NULL,
            decision text NOT NULL CHECK (decision IN ('selected', 'rejected', 'deferred')),
            granted_cents bigint,
            consulting_days integer,
            motivation text,
            decided_by text NOT NULL,
            decided_at timestamptz NOT NULL,
            PRIMARY KEY (sitting_id, application_id),
            FOREIGN KEY (sitting_id, application_id) REFERENCES agenda (sitting_id, application_id)
        )
        """,
    ])

    /// The pages' sessions: the cookie's SHA-256 digest and the CSRF token its forms send back.
    static let webSessions = Migration(version: 105, name: "web_sessions", statements: [
        """
        CREATE TABLE web_sessions (
            token_hash bytea PRIMARY KEY,
            member_id uuid NOT NULL REFERENCES members (id) ON DELETE CASCADE,
            csrf_token text NOT NULL,
            expires_at timestamptz NOT NULL
        )
        """,
    ])
}
