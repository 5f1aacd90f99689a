CREATE FUNCTION audit_log_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END
$$;

CREATE FUNCTION matching_publications(words text, kind_filter text, theme_filter text, audience_filter text, year_filter integer) RETURNS TABLE(id uuid, kind text, title text, summary text, themes text[], audiences text[], authors text[], licence text, training_material boolean, published_at timestamp with time zone, updated_at timestamp with time zone, body text, rank real, query tsquery)
    LANGUAGE sql STABLE
    AS $$
    SELECT p.id, p.kind, p.title, p.summary, p.themes, p.audiences, p.authors, p.licence, p.training_material, p.published_at,
           p.updated_at, p.body, CASE WHEN words = '' THEN 0 ELSE ts_rank(p.search_head, q.query) END, q.query
    FROM publications p, (SELECT websearch_to_tsquery('french_folded', words) AS query) AS q
    WHERE p.status = 'published' AND (words = '' OR p.search @@ q.query)
      AND (kind_filter IS NULL OR p.kind = kind_filter) AND (theme_filter IS NULL OR theme_filter = ANY (p.themes))
      AND (audience_filter IS NULL OR audience_filter = ANY (p.audiences))
      AND (year_filter IS NULL OR extract(year FROM p.published_at AT TIME ZONE 'Europe/Paris') = year_filter)
$$;

CREATE FUNCTION outbox_notify() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    PERFORM pg_notify('outbox_' || TG_TABLE_SCHEMA, '');
    RETURN NULL;
END
$$;

CREATE TEXT SEARCH CONFIGURATION french_folded (
    PARSER = pg_catalog."default" );

ALTER TEXT SEARCH CONFIGURATION french_folded
    ADD MAPPING FOR asciiword WITH french_stem;

ALTER TEXT SEARCH CONFIGURATION french_folded
    ADD MAPPING FOR word WITH extensions.unaccent, french_stem;

ALTER TEXT SEARCH CONFIGURATION french_folded
    ADD MAPPING FOR numword WITH simple;

ALTER TEXT SEARCH CONFIGURATION french_folded
    ADD MAPPING FOR email WITH simple;

ALTER TEXT SEARCH CONFIGURATION french_folded
    ADD MAPPING FOR url WITH simple;

ALTER TEXT SEARCH CONFIGURATION french_folded
    ADD MAPPING FOR host WITH simple;

ALTER TEXT SEARCH CONFIGURATION french_folded
    ADD MAPPING FOR sfloat WITH simple;

ALTER TEXT SEARCH CONFIGURATION french_folded
    ADD MAPPING FOR version WITH simple;

ALTER TEXT SEARCH CONFIGURATION french_folded
    ADD MAPPING FOR hword_numpart WITH simple;

ALTER TEXT SEARCH CONFIGURATION french_folded
    ADD MAPPING FOR hword_part WITH extensions.unaccent, french_stem;

ALTER TEXT SEARCH CONFIGURATION french_folded
    ADD MAPPING FOR hword_asciipart WITH french_stem;

ALTER TEXT SEARCH CONFIGURATION french_folded
    ADD MAPPING FOR numhword WITH simple;

ALTER TEXT SEARCH CONFIGURATION french_folded
    ADD MAPPING FOR asciihword WITH french_stem;

ALTER TEXT SEARCH CONFIGURATION french_folded
    ADD MAPPING FOR hword WITH extensions.unaccent, french_stem;

ALTER TEXT SEARCH CONFIGURATION french_folded
    ADD MAPPING FOR url_path WITH simple;

ALTER TEXT SEARCH CONFIGURATION french_folded
    ADD MAPPING FOR file WITH simple;

ALTER TEXT SEARCH CONFIGURATION french_folded
    ADD MAPPING FOR "float" WITH simple;

ALTER TEXT SEARCH CONFIGURATION french_folded
    ADD MAPPING FOR "int" WITH simple;

ALTER TEXT SEARCH CONFIGURATION french_folded
    ADD MAPPING FOR uint WITH simple;

CREATE TABLE accounts (
    id uuid NOT NULL,
    email text NOT NULL,
    display_name text NOT NULL,
    password_hash text NOT NULL,
    role text NOT NULL,
    organisation_id uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

CREATE TABLE advice_questions (
    id uuid NOT NULL,
    collectivite text NOT NULL,
    department text,
    asker_name text NOT NULL,
    asker_email text NOT NULL,
    theme text,
    question text NOT NULL,
    faq_consent boolean NOT NULL,
    asked_at timestamp with time zone NOT NULL,
    answer text,
    answered_by text,
    answered_at timestamp with time zone,
    faq_question text,
    faq_answer text,
    faq_published_at timestamp with time zone,
    CONSTRAINT advice_questions_check CHECK (((answer IS NULL) = (answered_at IS NULL))),
    CONSTRAINT advice_questions_check1 CHECK (((faq_published_at IS NULL) OR (faq_consent AND (answer IS NOT NULL) AND (faq_question IS NOT NULL) AND (faq_answer IS NOT NULL))))
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

CREATE TABLE diagnostic_batch_sites (
    batch_id uuid NOT NULL,
    website_id uuid NOT NULL,
    done boolean DEFAULT false NOT NULL
);

CREATE TABLE diagnostic_batches (
    id uuid NOT NULL,
    started_at timestamp with time zone NOT NULL,
    deadline timestamp with time zone NOT NULL,
    concurrency integer NOT NULL,
    finished_at timestamp with time zone,
    outcome text,
    CONSTRAINT diagnostic_batches_concurrency_check CHECK (((concurrency >= 1) AND (concurrency <= 64))),
    CONSTRAINT diagnostic_batches_outcome_check CHECK ((outcome = ANY (ARRAY['complete'::text, 'time_limit'::text])))
);

CREATE TABLE diagnostic_snapshots (
    year integer NOT NULL,
    figures jsonb NOT NULL,
    frozen_at timestamp with time zone NOT NULL,
    frozen_by text NOT NULL,
    publication_id uuid NOT NULL
);

CREATE TABLE inbox (
    event_id uuid NOT NULL,
    event_type text NOT NULL,
    topic text NOT NULL,
    received_at timestamp with time zone DEFAULT now() NOT NULL
);

CREATE TABLE indicator_calls (
    call_id uuid NOT NULL,
    action text NOT NULL,
    title text NOT NULL,
    year integer NOT NULL,
    max_beneficiaries integer NOT NULL
);

CREATE TABLE indicator_dossiers (
    application_id uuid NOT NULL,
    call_id uuid,
    action text,
    department text,
    priority_target boolean,
    year integer,
    requested_cents bigint,
    granted_cents bigint,
    status text NOT NULL,
    status_at timestamp with time zone NOT NULL
);

CREATE TABLE indicator_registrations (
    registration_id uuid NOT NULL,
    session_id uuid NOT NULL,
    trainee_digest text NOT NULL,
    elected boolean NOT NULL,
    live boolean NOT NULL,
    attended boolean DEFAULT false NOT NULL
);

CREATE TABLE indicator_sessions (
    session_id uuid NOT NULL,
    format text NOT NULL,
    theme text NOT NULL,
    department text NOT NULL,
    year integer NOT NULL,
    capacity integer NOT NULL,
    cancelled boolean DEFAULT false NOT NULL,
    held boolean DEFAULT false NOT NULL
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

CREATE TABLE publication_files (
    id uuid NOT NULL,
    publication_id uuid NOT NULL,
    file_name text NOT NULL,
    version integer NOT NULL,
    media_type text NOT NULL,
    size_bytes integer NOT NULL,
    sha256 text NOT NULL,
    content bytea NOT NULL,
    extracted_text text NOT NULL,
    uploaded_at timestamp with time zone NOT NULL,
    uploaded_by text NOT NULL,
    CONSTRAINT publication_files_size_bytes_check CHECK ((size_bytes > 0)),
    CONSTRAINT publication_files_version_check CHECK ((version >= 1))
);

CREATE TABLE publication_versions (
    publication_id uuid NOT NULL,
    version integer NOT NULL,
    title text NOT NULL,
    summary text NOT NULL,
    body_html text NOT NULL,
    licence text NOT NULL,
    replaced_at timestamp with time zone NOT NULL
);

CREATE TABLE publications (
    id uuid NOT NULL,
    kind text NOT NULL,
    title text NOT NULL,
    summary text NOT NULL,
    body text NOT NULL,
    body_html text NOT NULL,
    themes text[] NOT NULL,
    audiences text[] NOT NULL,
    authors text[] NOT NULL,
    licence text NOT NULL,
    training_material boolean NOT NULL,
    training_session_id uuid,
    status text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    published_at timestamp with time zone,
    search_head tsvector GENERATED ALWAYS AS ((setweight(to_tsvector('french_folded'::regconfig, title), 'A'::"char") || setweight(to_tsvector('french_folded'::regconfig, summary), 'B'::"char"))) STORED,
    files_text text DEFAULT ''::text NOT NULL,
    search tsvector GENERATED ALWAYS AS ((((setweight(to_tsvector('french_folded'::regconfig, title), 'A'::"char") || setweight(to_tsvector('french_folded'::regconfig, summary), 'B'::"char")) || setweight(to_tsvector('french_folded'::regconfig, body), 'C'::"char")) || setweight(to_tsvector('french_folded'::regconfig, files_text), 'D'::"char"))) STORED,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT publications_kind_check CHECK ((kind = ANY (ARRAY['guide'::text, 'study'::text, 'practicalSheet'::text, 'teachingKit'::text, 'annualDiagnostic'::text, 'indicator'::text, 'trainingMaterial'::text, 'news'::text]))),
    CONSTRAINT publications_status_check CHECK ((status = ANY (ARRAY['draft'::text, 'published'::text, 'archived'::text]))),
    CONSTRAINT publications_version_check CHECK ((version >= 1))
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

CREATE TABLE website_reports (
    id uuid NOT NULL,
    website_id uuid NOT NULL,
    batch_id uuid,
    diagnosed_at timestamp with time zone NOT NULL,
    url text NOT NULL,
    overall_score integer,
    https boolean NOT NULL,
    accessibility_statement boolean NOT NULL,
    online_services boolean NOT NULL,
    report jsonb NOT NULL,
    CONSTRAINT website_reports_overall_score_check CHECK (((overall_score >= 0) AND (overall_score <= 100)))
);

CREATE TABLE websites (
    id uuid NOT NULL,
    applicant_id uuid,
    collectivite text NOT NULL,
    department text,
    population integer,
    url text NOT NULL,
    contact_name text,
    contact_email text,
    source text NOT NULL,
    added_at timestamp with time zone NOT NULL,
    CONSTRAINT websites_source_check CHECK ((source = ANY (ARRAY['applications'::text, 'staff'::text])))
);

ALTER TABLE ONLY audit_log ALTER COLUMN "position" SET DEFAULT nextval('audit_log_position_seq'::regclass);

ALTER TABLE ONLY outbox ALTER COLUMN "position" SET DEFAULT nextval('outbox_position_seq'::regclass);

ALTER TABLE ONLY accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);

ALTER TABLE ONLY advice_questions
    ADD CONSTRAINT advice_questions_pkey PRIMARY KEY (id);

ALTER TABLE ONLY api_tokens
    ADD CONSTRAINT api_tokens_pkey PRIMARY KEY (token_hash);

ALTER TABLE ONLY audit_log
    ADD CONSTRAINT audit_log_hash_key UNIQUE (hash);

ALTER TABLE ONLY audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY ("position");

ALTER TABLE ONLY diagnostic_batch_sites
    ADD CONSTRAINT diagnostic_batch_sites_pkey PRIMARY KEY (batch_id, website_id);

ALTER TABLE ONLY diagnostic_batches
    ADD CONSTRAINT diagnostic_batches_pkey PRIMARY KEY (id);

ALTER TABLE ONLY diagnostic_snapshots
    ADD CONSTRAINT diagnostic_snapshots_pkey PRIMARY KEY (year);

ALTER TABLE ONLY inbox
    ADD CONSTRAINT inbox_pkey PRIMARY KEY (event_id);

ALTER TABLE ONLY indicator_calls
    ADD CONSTRAINT indicator_calls_pkey PRIMARY KEY (call_id);

ALTER TABLE ONLY indicator_dossiers
    ADD CONSTRAINT indicator_dossiers_pkey PRIMARY KEY (application_id);

ALTER TABLE ONLY indicator_registrations
    ADD CONSTRAINT indicator_registrations_pkey PRIMARY KEY (registration_id);

ALTER TABLE ONLY indicator_sessions
    ADD CONSTRAINT indicator_sessions_pkey PRIMARY KEY (session_id);

ALTER TABLE ONLY outbox
    ADD CONSTRAINT outbox_event_id_key UNIQUE (event_id);

ALTER TABLE ONLY outbox
    ADD CONSTRAINT outbox_pkey PRIMARY KEY ("position");

ALTER TABLE ONLY publication_files
    ADD CONSTRAINT publication_files_pkey PRIMARY KEY (id);

ALTER TABLE ONLY publication_files
    ADD CONSTRAINT publication_files_publication_id_file_name_version_key UNIQUE (publication_id, file_name, version);

ALTER TABLE ONLY publication_versions
    ADD CONSTRAINT publication_versions_pkey PRIMARY KEY (publication_id, version);

ALTER TABLE ONLY publications
    ADD CONSTRAINT publications_pkey PRIMARY KEY (id);

ALTER TABLE ONLY schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);

ALTER TABLE ONLY web_sessions
    ADD CONSTRAINT web_sessions_pkey PRIMARY KEY (token_hash);

ALTER TABLE ONLY website_reports
    ADD CONSTRAINT website_reports_batch_id_website_id_key UNIQUE (batch_id, website_id);

ALTER TABLE ONLY website_reports
    ADD CONSTRAINT website_reports_pkey PRIMARY KEY (id);

ALTER TABLE ONLY websites
    ADD CONSTRAINT websites_applicant_id_key UNIQUE (applicant_id);

ALTER TABLE ONLY websites
    ADD CONSTRAINT websites_pkey PRIMARY KEY (id);

CREATE UNIQUE INDEX accounts_email ON accounts USING btree (lower(email));

CREATE INDEX advice_questions_faq ON advice_questions USING btree (faq_published_at) WHERE (faq_published_at IS NOT NULL);

CREATE INDEX advice_questions_waiting ON advice_questions USING btree (asked_at) WHERE (answer IS NULL);

CREATE INDEX api_tokens_expires_at ON api_tokens USING btree (expires_at);

CREATE INDEX audit_log_subject ON audit_log USING btree (subject);

CREATE INDEX indicator_registrations_session ON indicator_registrations USING btree (session_id);

CREATE INDEX outbox_unsent ON outbox USING btree ("position") WHERE (sent_at IS NULL);

CREATE INDEX publications_published ON publications USING btree (published_at DESC) WHERE (status = 'published'::text);

CREATE INDEX publications_search ON publications USING gin (search);

CREATE INDEX sign_in_failures_key ON sign_in_failures USING btree (key, failed_at);

CREATE INDEX web_sessions_expires_at ON web_sessions USING btree (expires_at);

CREATE INDEX website_reports_by_site ON website_reports USING btree (website_id, diagnosed_at DESC);

CREATE TRIGGER audit_log_no_change BEFORE DELETE OR UPDATE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

CREATE TRIGGER outbox_inserted AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify();

ALTER TABLE ONLY api_tokens
    ADD CONSTRAINT api_tokens_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts(id) ON DELETE CASCADE;

ALTER TABLE ONLY diagnostic_batch_sites
    ADD CONSTRAINT diagnostic_batch_sites_batch_id_fkey FOREIGN KEY (batch_id) REFERENCES diagnostic_batches(id) ON DELETE CASCADE;

ALTER TABLE ONLY diagnostic_batch_sites
    ADD CONSTRAINT diagnostic_batch_sites_website_id_fkey FOREIGN KEY (website_id) REFERENCES websites(id) ON DELETE CASCADE;

ALTER TABLE ONLY diagnostic_snapshots
    ADD CONSTRAINT diagnostic_snapshots_publication_id_fkey FOREIGN KEY (publication_id) REFERENCES publications(id);

ALTER TABLE ONLY publication_files
    ADD CONSTRAINT publication_files_publication_id_fkey FOREIGN KEY (publication_id) REFERENCES publications(id);

ALTER TABLE ONLY publication_versions
    ADD CONSTRAINT publication_versions_publication_id_fkey FOREIGN KEY (publication_id) REFERENCES publications(id);

ALTER TABLE ONLY web_sessions
    ADD CONSTRAINT web_sessions_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts(id) ON DELETE CASCADE;

ALTER TABLE ONLY website_reports
    ADD CONSTRAINT website_reports_batch_id_fkey FOREIGN KEY (batch_id) REFERENCES diagnostic_batches(id) ON DELETE SET NULL;

ALTER TABLE ONLY website_reports
    ADD CONSTRAINT website_reports_website_id_fkey FOREIGN KEY (website_id) REFERENCES websites(id) ON DELETE CASCADE;
