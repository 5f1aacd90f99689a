CREATE FUNCTION audit_log_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END
$$;

CREATE FUNCTION outbox_notify() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    PERFORM pg_notify('outbox_' || TG_TABLE_SCHEMA, '');
    RETURN NULL;
END
$$;

CREATE TABLE accounts (
    id uuid NOT NULL,
    email text NOT NULL,
    display_name text NOT NULL,
    password_hash text NOT NULL,
    role text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    organisation_id uuid,
    CONSTRAINT accounts_role_check CHECK ((role = ANY (ARRAY['staff'::text, 'juror'::text])))
);

CREATE TABLE agenda (
    sitting_id uuid NOT NULL,
    application_id uuid NOT NULL
);

CREATE TABLE api_tokens (
    token_hash bytea NOT NULL,
    account_id uuid NOT NULL,
    expires_at timestamp with time zone NOT NULL
);

CREATE TABLE audit_log (
    "position" bigint NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    action text NOT NULL,
    subject text NOT NULL,
    record text NOT NULL,
    previous_hash bytea NOT NULL,
    hash bytea NOT NULL
);

CREATE SEQUENCE audit_log_position_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE audit_log_position_seq OWNED BY audit_log."position";

CREATE TABLE call_completions (
    call_id uuid NOT NULL,
    announced integer NOT NULL,
    CONSTRAINT call_completions_announced_check CHECK ((announced >= 0))
);

CREATE TABLE calls (
    call_id uuid NOT NULL,
    action text NOT NULL,
    title text NOT NULL,
    max_beneficiaries integer NOT NULL,
    subsidy_rate_bp integer,
    subsidy_cap_cents bigint,
    consulting_days integer,
    criteria text[] NOT NULL,
    budget_envelope_cents bigint,
    selected_count integer DEFAULT 0 NOT NULL,
    granted_cents bigint DEFAULT 0 NOT NULL,
    CONSTRAINT calls_budget CHECK (((budget_envelope_cents IS NULL) OR (granted_cents <= budget_envelope_cents))),
    CONSTRAINT calls_places CHECK ((selected_count <= max_beneficiaries))
);

CREATE TABLE decisions (
    sitting_id uuid NOT NULL,
    application_id uuid NOT NULL,
    decision text NOT NULL,
    granted_cents bigint,
    consulting_days integer,
    motivation text,
    decided_by text NOT NULL,
    decided_at timestamp with time zone NOT NULL,
    CONSTRAINT decisions_decision_check CHECK ((decision = ANY (ARRAY['selected'::text, 'rejected'::text, 'deferred'::text])))
);

CREATE TABLE declarations (
    sitting_id uuid NOT NULL,
    application_id uuid NOT NULL,
    member_id uuid NOT NULL,
    conflict boolean NOT NULL,
    declared_at timestamp with time zone NOT NULL
);

CREATE TABLE dossiers (
    application_id uuid NOT NULL,
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
    submitted_at timestamp with time zone NOT NULL,
    completed_at timestamp with time zone,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);

CREATE TABLE inbox (
    event_id uuid NOT NULL,
    event_type text NOT NULL,
    topic text NOT NULL,
    received_at timestamp with time zone DEFAULT now() NOT NULL
);

CREATE TABLE outbox (
    "position" bigint NOT NULL,
    event_id uuid NOT NULL,
    topic text NOT NULL,
    message_key text NOT NULL,
    payload text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    sent_at timestamp with time zone
);

CREATE SEQUENCE outbox_position_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE outbox_position_seq OWNED BY outbox."position";

CREATE TABLE schema_migrations (
    version integer NOT NULL,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);

CREATE TABLE scores (
    sitting_id uuid NOT NULL,
    application_id uuid NOT NULL,
    member_id uuid NOT NULL,
    criterion integer NOT NULL,
    score integer NOT NULL,
    comment text,
    CONSTRAINT scores_score_check CHECK (((score >= 0) AND (score <= 5)))
);

CREATE TABLE sign_in_failures (
    key bytea NOT NULL,
    failed_at timestamp with time zone NOT NULL
);

CREATE TABLE sitting_calls (
    sitting_id uuid NOT NULL,
    call_id uuid NOT NULL
);

CREATE TABLE sitting_members (
    sitting_id uuid NOT NULL,
    member_id uuid NOT NULL,
    role text NOT NULL,
    present boolean DEFAULT false NOT NULL,
    CONSTRAINT sitting_members_role_check CHECK ((role = ANY (ARRAY['chair'::text, 'member'::text])))
);

CREATE TABLE sittings (
    id uuid NOT NULL,
    sitting_date date NOT NULL,
    cut_off timestamp with time zone NOT NULL,
    quorum integer NOT NULL,
    closed_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT sittings_quorum_check CHECK ((quorum > 0))
);

CREATE TABLE web_sessions (
    token_hash bytea NOT NULL,
    account_id uuid NOT NULL,
    csrf_token text NOT NULL,
    expires_at timestamp with time zone NOT NULL
);

ALTER TABLE ONLY audit_log ALTER COLUMN "position" SET DEFAULT nextval('audit_log_position_seq'::regclass);

ALTER TABLE ONLY outbox ALTER COLUMN "position" SET DEFAULT nextval('outbox_position_seq'::regclass);

ALTER TABLE ONLY accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);

ALTER TABLE ONLY agenda
    ADD CONSTRAINT agenda_pkey PRIMARY KEY (sitting_id, application_id);

ALTER TABLE ONLY api_tokens
    ADD CONSTRAINT api_tokens_pkey PRIMARY KEY (token_hash);

ALTER TABLE ONLY audit_log
    ADD CONSTRAINT audit_log_hash_key UNIQUE (hash);

ALTER TABLE ONLY audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY ("position");

ALTER TABLE ONLY call_completions
    ADD CONSTRAINT call_completions_pkey PRIMARY KEY (call_id);

ALTER TABLE ONLY calls
    ADD CONSTRAINT calls_pkey PRIMARY KEY (call_id);

ALTER TABLE ONLY decisions
    ADD CONSTRAINT decisions_pkey PRIMARY KEY (sitting_id, application_id);

ALTER TABLE ONLY declarations
    ADD CONSTRAINT declarations_pkey PRIMARY KEY (sitting_id, application_id, member_id);

ALTER TABLE ONLY dossiers
    ADD CONSTRAINT dossiers_pkey PRIMARY KEY (application_id);

ALTER TABLE ONLY inbox
    ADD CONSTRAINT inbox_pkey PRIMARY KEY (event_id);

ALTER TABLE ONLY outbox
    ADD CONSTRAINT outbox_event_id_key UNIQUE (event_id);

ALTER TABLE ONLY outbox
    ADD CONSTRAINT outbox_pkey PRIMARY KEY ("position");

ALTER TABLE ONLY schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);

ALTER TABLE ONLY scores
    ADD CONSTRAINT scores_pkey PRIMARY KEY (sitting_id, application_id, member_id, criterion);

ALTER TABLE ONLY sitting_calls
    ADD CONSTRAINT sitting_calls_pkey PRIMARY KEY (sitting_id, call_id);

ALTER TABLE ONLY sitting_members
    ADD CONSTRAINT sitting_members_pkey PRIMARY KEY (sitting_id, member_id);

ALTER TABLE ONLY sittings
    ADD CONSTRAINT sittings_pkey PRIMARY KEY (id);

ALTER TABLE ONLY web_sessions
    ADD CONSTRAINT web_sessions_pkey PRIMARY KEY (token_hash);

CREATE UNIQUE INDEX accounts_email ON accounts USING btree (lower(email));

CREATE INDEX api_tokens_expires_at ON api_tokens USING btree (expires_at);

CREATE INDEX audit_log_subject ON audit_log USING btree (subject);

CREATE INDEX dossiers_call_status ON dossiers USING btree (call_id, status);

CREATE INDEX outbox_unsent ON outbox USING btree ("position") WHERE (sent_at IS NULL);

CREATE INDEX sign_in_failures_key ON sign_in_failures USING btree (key, failed_at);

CREATE INDEX web_sessions_expires_at ON web_sessions USING btree (expires_at);

CREATE TRIGGER audit_log_no_change BEFORE DELETE OR UPDATE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

CREATE TRIGGER outbox_inserted AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify();

ALTER TABLE ONLY agenda
    ADD CONSTRAINT agenda_application_id_fkey FOREIGN KEY (application_id) REFERENCES dossiers(application_id);

ALTER TABLE ONLY agenda
    ADD CONSTRAINT agenda_sitting_id_fkey FOREIGN KEY (sitting_id) REFERENCES sittings(id);

ALTER TABLE ONLY api_tokens
    ADD CONSTRAINT api_tokens_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts(id) ON DELETE CASCADE;

ALTER TABLE ONLY decisions
    ADD CONSTRAINT decisions_sitting_id_application_id_fkey FOREIGN KEY (sitting_id, application_id) REFERENCES agenda(sitting_id, application_id);

ALTER TABLE ONLY declarations
    ADD CONSTRAINT declarations_member_id_fkey FOREIGN KEY (member_id) REFERENCES accounts(id);

ALTER TABLE ONLY declarations
    ADD CONSTRAINT declarations_sitting_id_application_id_fkey FOREIGN KEY (sitting_id, application_id) REFERENCES agenda(sitting_id, application_id);

ALTER TABLE ONLY scores
    ADD CONSTRAINT scores_sitting_id_application_id_member_id_fkey FOREIGN KEY (sitting_id, application_id, member_id) REFERENCES declarations(sitting_id, application_id, member_id);

ALTER TABLE ONLY sitting_calls
    ADD CONSTRAINT sitting_calls_call_id_fkey FOREIGN KEY (call_id) REFERENCES calls(call_id);

ALTER TABLE ONLY sitting_calls
    ADD CONSTRAINT sitting_calls_sitting_id_fkey FOREIGN KEY (sitting_id) REFERENCES sittings(id);

ALTER TABLE ONLY sitting_members
    ADD CONSTRAINT sitting_members_member_id_fkey FOREIGN KEY (member_id) REFERENCES accounts(id);

ALTER TABLE ONLY sitting_members
    ADD CONSTRAINT sitting_members_sitting_id_fkey FOREIGN KEY (sitting_id) REFERENCES sittings(id);

ALTER TABLE ONLY web_sessions
    ADD CONSTRAINT web_sessions_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts(id) ON DELETE CASCADE;
