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
    organisation_id uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT accounts_check CHECK (((role = 'applicant'::text) = (organisation_id IS NOT NULL))),
    CONSTRAINT accounts_role_check CHECK ((role = ANY (ARRAY['applicant'::text, 'instructor'::text, 'admin'::text])))
);

CREATE TABLE api_tokens (
    token_hash bytea NOT NULL,
    account_id uuid NOT NULL,
    expires_at timestamp with time zone NOT NULL
);

CREATE TABLE applicants (
    id uuid NOT NULL,
    name text NOT NULL,
    kind text NOT NULL,
    insee_code text,
    siren text,
    department text NOT NULL,
    population integer NOT NULL,
    inside_urban_agglomeration boolean NOT NULL,
    website text,
    contacts jsonb DEFAULT '[]'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT applicants_check CHECK (((kind = 'commune'::text) = (insee_code IS NOT NULL))),
    CONSTRAINT applicants_check1 CHECK (((kind = 'commune'::text) = (siren IS NULL))),
    CONSTRAINT applicants_kind_check CHECK ((kind = ANY (ARRAY['commune'::text, 'intercommunality'::text, 'pays'::text, 'electedOfficialsAssociation'::text, 'supportBody'::text]))),
    CONSTRAINT applicants_name_check CHECK ((name <> ''::text)),
    CONSTRAINT applicants_population_check CHECK ((population >= 0))
);

CREATE TABLE attachments (
    id uuid NOT NULL,
    dossier_id uuid NOT NULL,
    file_name text NOT NULL,
    kind text NOT NULL,
    size_bytes integer NOT NULL,
    sha256 text NOT NULL,
    content bytea NOT NULL,
    uploaded_by text NOT NULL,
    uploaded_at timestamp with time zone NOT NULL,
    CONSTRAINT attachments_kind_check CHECK ((kind = ANY (ARRAY['pdf'::text, 'odt'::text, 'ods'::text, 'docx'::text, 'xlsx'::text, 'png'::text, 'jpeg'::text]))),
    CONSTRAINT attachments_sha256_check CHECK ((length(sha256) = 64)),
    CONSTRAINT attachments_size_bytes_check CHECK ((size_bytes > 0))
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

CREATE TABLE calls (
    id uuid NOT NULL,
    action text NOT NULL,
    title text NOT NULL,
    description text NOT NULL,
    opens_at timestamp with time zone NOT NULL,
    closes_at timestamp with time zone NOT NULL,
    eligible_kinds text[] NOT NULL,
    max_beneficiaries integer NOT NULL,
    subsidy_rate_bp integer,
    subsidy_cap_cents bigint,
    consulting_days integer,
    excluded_themes jsonb DEFAULT '[]'::jsonb NOT NULL,
    criteria text[] NOT NULL,
    budget_envelope_cents bigint,
    closed_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT calls_action_check CHECK ((action = ANY (ARRAY['consultingAid'::text, 'innovationGrant'::text]))),
    CONSTRAINT calls_budget_envelope_cents_check CHECK ((budget_envelope_cents > 0)),
    CONSTRAINT calls_check CHECK ((closes_at > opens_at)),
    CONSTRAINT calls_check1 CHECK (((action = 'innovationGrant'::text) = ((subsidy_rate_bp IS NOT NULL) AND (subsidy_cap_cents IS NOT NULL)))),
    CONSTRAINT calls_check2 CHECK (((action = 'consultingAid'::text) = (consulting_days IS NOT NULL))),
    CONSTRAINT calls_consulting_days_check CHECK ((consulting_days > 0)),
    CONSTRAINT calls_max_beneficiaries_check CHECK ((max_beneficiaries > 0)),
    CONSTRAINT calls_subsidy_cap_cents_check CHECK ((subsidy_cap_cents > 0)),
    CONSTRAINT calls_subsidy_rate_bp_check CHECK (((subsidy_rate_bp >= 1) AND (subsidy_rate_bp <= 10000))),
    CONSTRAINT calls_title_check CHECK ((title <> ''::text))
);

CREATE TABLE dossier_history (
    "position" bigint NOT NULL,
    dossier_id uuid NOT NULL,
    at timestamp with time zone NOT NULL,
    actor text NOT NULL,
    action text NOT NULL,
    status text NOT NULL,
    event_id uuid,
    message text
);

CREATE SEQUENCE dossier_history_position_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE dossier_history_position_seq OWNED BY dossier_history."position";

CREATE TABLE dossiers (
    id uuid NOT NULL,
    reference text NOT NULL,
    call_id uuid NOT NULL,
    applicant_id uuid NOT NULL,
    status text NOT NULL,
    project_title text DEFAULT ''::text NOT NULL,
    theme text DEFAULT ''::text NOT NULL,
    summary text DEFAULT ''::text NOT NULL,
    eligible_cost_cents bigint,
    requested_subsidy_cents bigint,
    staff_message text,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    submitted_at timestamp with time zone,
    completed_at timestamp with time zone,
    CONSTRAINT dossiers_eligible_cost_cents_check CHECK ((eligible_cost_cents > 0)),
    CONSTRAINT dossiers_requested_subsidy_cents_check CHECK ((requested_subsidy_cents >= 0)),
    CONSTRAINT dossiers_status_check CHECK ((status = ANY (ARRAY['draft'::text, 'submitted'::text, 'incomplete'::text, 'complete'::text, 'onAgenda'::text, 'selected'::text, 'rejected'::text, 'deferred'::text, 'withdrawn'::text, 'closed'::text])))
);

CREATE TABLE inbox (
    event_id uuid NOT NULL,
    event_type text NOT NULL,
    topic text NOT NULL,
    received_at timestamp with time zone DEFAULT now() NOT NULL
);

CREATE TABLE jury_decisions (
    event_id uuid NOT NULL,
    application_id uuid NOT NULL,
    sitting_id uuid NOT NULL,
    decision text NOT NULL,
    granted_amount_cents bigint,
    consulting_days integer,
    motivation text,
    decided_at timestamp with time zone NOT NULL,
    CONSTRAINT jury_decisions_decision_check CHECK ((decision = ANY (ARRAY['selected'::text, 'rejected'::text, 'deferred'::text])))
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

CREATE TABLE personal_data_confirmations (
    request_id uuid NOT NULL,
    service text NOT NULL,
    record_count integer NOT NULL,
    records jsonb NOT NULL,
    processed_at timestamp with time zone NOT NULL,
    CONSTRAINT personal_data_confirmations_record_count_check CHECK ((record_count >= 0))
);

CREATE TABLE personal_data_requests (
    id uuid NOT NULL,
    kind text NOT NULL,
    subject text NOT NULL,
    requested_by uuid NOT NULL,
    requested_at timestamp with time zone NOT NULL,
    CONSTRAINT personal_data_requests_kind_check CHECK ((kind = ANY (ARRAY['export'::text, 'erasure'::text])))
);

CREATE TABLE reference_counters (
    prefix text NOT NULL,
    year integer NOT NULL,
    last_number integer NOT NULL
);

CREATE TABLE schema_migrations (
    version integer NOT NULL,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);

CREATE TABLE sign_in_failures (
    key bytea NOT NULL,
    failed_at timestamp with time zone NOT NULL
);

CREATE TABLE web_sessions (
    token_hash bytea NOT NULL,
    account_id uuid NOT NULL,
    csrf_token text NOT NULL,
    expires_at timestamp with time zone NOT NULL
);

ALTER TABLE ONLY audit_log ALTER COLUMN "position" SET DEFAULT nextval('audit_log_position_seq'::regclass);

ALTER TABLE ONLY dossier_history ALTER COLUMN "position" SET DEFAULT nextval('dossier_history_position_seq'::regclass);

ALTER TABLE ONLY outbox ALTER COLUMN "position" SET DEFAULT nextval('outbox_position_seq'::regclass);

ALTER TABLE ONLY accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);

ALTER TABLE ONLY api_tokens
    ADD CONSTRAINT api_tokens_pkey PRIMARY KEY (token_hash);

ALTER TABLE ONLY applicants
    ADD CONSTRAINT applicants_pkey PRIMARY KEY (id);

ALTER TABLE ONLY attachments
    ADD CONSTRAINT attachments_pkey PRIMARY KEY (id);

ALTER TABLE ONLY audit_log
    ADD CONSTRAINT audit_log_hash_key UNIQUE (hash);

ALTER TABLE ONLY audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY ("position");

ALTER TABLE ONLY calls
    ADD CONSTRAINT calls_pkey PRIMARY KEY (id);

ALTER TABLE ONLY dossier_history
    ADD CONSTRAINT dossier_history_pkey PRIMARY KEY ("position");

ALTER TABLE ONLY dossiers
    ADD CONSTRAINT dossiers_pkey PRIMARY KEY (id);

ALTER TABLE ONLY dossiers
    ADD CONSTRAINT dossiers_reference_key UNIQUE (reference);

ALTER TABLE ONLY inbox
    ADD CONSTRAINT inbox_pkey PRIMARY KEY (event_id);

ALTER TABLE ONLY jury_decisions
    ADD CONSTRAINT jury_decisions_pkey PRIMARY KEY (event_id);

ALTER TABLE ONLY outbox
    ADD CONSTRAINT outbox_event_id_key UNIQUE (event_id);

ALTER TABLE ONLY outbox
    ADD CONSTRAINT outbox_pkey PRIMARY KEY ("position");

ALTER TABLE ONLY personal_data_confirmations
    ADD CONSTRAINT personal_data_confirmations_pkey PRIMARY KEY (request_id, service);

ALTER TABLE ONLY personal_data_requests
    ADD CONSTRAINT personal_data_requests_pkey PRIMARY KEY (id);

ALTER TABLE ONLY reference_counters
    ADD CONSTRAINT reference_counters_pkey PRIMARY KEY (prefix, year);

ALTER TABLE ONLY schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);

ALTER TABLE ONLY web_sessions
    ADD CONSTRAINT web_sessions_pkey PRIMARY KEY (token_hash);

CREATE UNIQUE INDEX accounts_email ON accounts USING btree (lower(email));

CREATE INDEX api_tokens_expires_at ON api_tokens USING btree (expires_at);

CREATE UNIQUE INDEX applicants_insee_code ON applicants USING btree (insee_code) WHERE (insee_code IS NOT NULL);

CREATE UNIQUE INDEX applicants_siren ON applicants USING btree (siren) WHERE (siren IS NOT NULL);

CREATE INDEX attachments_by_dossier ON attachments USING btree (dossier_id, uploaded_at);

CREATE INDEX audit_log_subject ON audit_log USING btree (subject);

CREATE INDEX dossier_history_by_dossier ON dossier_history USING btree (dossier_id, "position");

CREATE INDEX dossiers_by_call_and_status ON dossiers USING btree (call_id, status);

CREATE UNIQUE INDEX dossiers_one_open_per_applicant_and_call ON dossiers USING btree (applicant_id, call_id) WHERE (status <> ALL (ARRAY['withdrawn'::text, 'rejected'::text, 'closed'::text]));

CREATE INDEX jury_decisions_application ON jury_decisions USING btree (application_id, decided_at);

CREATE INDEX outbox_unsent ON outbox USING btree ("position") WHERE (sent_at IS NULL);

CREATE INDEX personal_data_requests_recent ON personal_data_requests USING btree (requested_at DESC);

CREATE INDEX sign_in_failures_key ON sign_in_failures USING btree (key, failed_at);

CREATE INDEX web_sessions_expires_at ON web_sessions USING btree (expires_at);

CREATE TRIGGER audit_log_no_change BEFORE DELETE OR UPDATE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

CREATE TRIGGER outbox_inserted AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify();

ALTER TABLE ONLY accounts
    ADD CONSTRAINT accounts_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES applicants(id);

ALTER TABLE ONLY api_tokens
    ADD CONSTRAINT api_tokens_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts(id) ON DELETE CASCADE;

ALTER TABLE ONLY attachments
    ADD CONSTRAINT attachments_dossier_id_fkey FOREIGN KEY (dossier_id) REFERENCES dossiers(id);

ALTER TABLE ONLY dossier_history
    ADD CONSTRAINT dossier_history_dossier_id_fkey FOREIGN KEY (dossier_id) REFERENCES dossiers(id);

ALTER TABLE ONLY dossiers
    ADD CONSTRAINT dossiers_applicant_id_fkey FOREIGN KEY (applicant_id) REFERENCES applicants(id);

ALTER TABLE ONLY dossiers
    ADD CONSTRAINT dossiers_call_id_fkey FOREIGN KEY (call_id) REFERENCES calls(id);

ALTER TABLE ONLY personal_data_confirmations
    ADD CONSTRAINT personal_data_confirmations_request_id_fkey FOREIGN KEY (request_id) REFERENCES personal_data_requests(id);

ALTER TABLE ONLY personal_data_requests
    ADD CONSTRAINT personal_data_requests_requested_by_fkey FOREIGN KEY (requested_by) REFERENCES accounts(id);

ALTER TABLE ONLY web_sessions
    ADD CONSTRAINT web_sessions_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts(id) ON DELETE CASCADE;
