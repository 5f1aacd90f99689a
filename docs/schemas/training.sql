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
    created_at timestamp with time zone DEFAULT now() NOT NULL
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

CREATE TABLE hosting_offers (
    id uuid NOT NULL,
    collectivite text NOT NULL,
    collectivite_code text,
    department text NOT NULL,
    contact_name text NOT NULL,
    contact_email text NOT NULL,
    contact_phone text,
    kind text NOT NULL,
    audience text NOT NULL,
    theme text NOT NULL,
    proposed_dates text NOT NULL,
    town text NOT NULL,
    address text NOT NULL,
    room text NOT NULL,
    capacity integer NOT NULL,
    internet_connection boolean NOT NULL,
    step_free_access boolean NOT NULL,
    message text,
    status text DEFAULT 'received'::text NOT NULL,
    answer text,
    session_id uuid,
    received_at timestamp with time zone NOT NULL,
    answered_at timestamp with time zone,
    CONSTRAINT hosting_offers_accepted_with_session CHECK (((status = 'accepted'::text) = (session_id IS NOT NULL))),
    CONSTRAINT hosting_offers_capacity_check CHECK (((capacity >= 1) AND (capacity <= 500))),
    CONSTRAINT hosting_offers_kind_check CHECK ((kind = ANY (ARRAY['knowledgeBuffet'::text, 'projectWorkshop'::text, 'awarenessSeminar'::text]))),
    CONSTRAINT hosting_offers_status_check CHECK ((status = ANY (ARRAY['received'::text, 'accepted'::text, 'declined'::text])))
);

CREATE TABLE themes (
    code text NOT NULL,
    label text NOT NULL,
    "position" integer NOT NULL,
    CONSTRAINT themes_code_check CHECK ((code ~ '^[a-z][a-z0-9-]{1,39}$'::text))
);

CREATE VIEW hosting_offer_summaries AS
 SELECT o.id,
    o.collectivite,
    o.collectivite_code,
    o.department,
    o.contact_name,
    o.contact_email,
    o.contact_phone,
    o.kind,
    o.audience,
    o.theme,
    t.label AS theme_label,
    o.proposed_dates,
    o.town,
    o.address,
    o.room,
    o.capacity,
    o.internet_connection,
    o.step_free_access,
    o.message,
    o.status,
    o.answer,
    o.session_id,
    o.received_at,
    o.answered_at
   FROM (hosting_offers o
     JOIN themes t ON ((t.code = o.theme)));

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

CREATE SEQUENCE registrations_arrival
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

CREATE TABLE registrations (
    id uuid NOT NULL,
    session_id uuid NOT NULL,
    arrival bigint DEFAULT nextval('registrations_arrival'::regclass) NOT NULL,
    name text,
    email text,
    email_digest bytea NOT NULL,
    role text NOT NULL,
    collectivite text,
    collectivite_code text,
    status text NOT NULL,
    attended boolean DEFAULT false NOT NULL,
    manage_token_hash bytea NOT NULL,
    registered_at timestamp with time zone NOT NULL,
    cancelled_at timestamp with time zone,
    CONSTRAINT registrations_person_or_deleted CHECK (((name IS NULL) = (email IS NULL))),
    CONSTRAINT registrations_role_check CHECK ((role = ANY (ARRAY['mayor'::text, 'deputyMayor'::text, 'municipalCouncillor'::text, 'communityCouncillor'::text, 'generalSecretary'::text, 'townClerk'::text, 'technician'::text, 'other'::text]))),
    CONSTRAINT registrations_status_check CHECK ((status = ANY (ARRAY['confirmed'::text, 'waitlisted'::text, 'cancelled'::text])))
);

CREATE TABLE schema_migrations (
    version integer NOT NULL,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);

CREATE TABLE sessions (
    id uuid NOT NULL,
    kind text NOT NULL,
    audience text NOT NULL,
    title text NOT NULL,
    theme text NOT NULL,
    description text NOT NULL,
    host text NOT NULL,
    department text NOT NULL,
    town text NOT NULL,
    address text NOT NULL,
    room text NOT NULL,
    internet_connection boolean NOT NULL,
    step_free_access boolean NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    trainer text NOT NULL,
    capacity integer NOT NULL,
    confirmed integer DEFAULT 0 NOT NULL,
    cancellation_deadline timestamp with time zone NOT NULL,
    status text NOT NULL,
    cancellation_reason text,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT sessions_audience_check CHECK ((audience = ANY (ARRAY['electedOfficials'::text, 'projectLeads'::text, 'multimediaSector'::text]))),
    CONSTRAINT sessions_capacity_check CHECK (((capacity >= 1) AND (capacity <= 500))),
    CONSTRAINT sessions_confirmed_check CHECK ((confirmed >= 0)),
    CONSTRAINT sessions_department_check CHECK ((department = ANY (ARRAY['09'::text, '12'::text, '31'::text, '32'::text, '46'::text, '65'::text, '81'::text, '82'::text]))),
    CONSTRAINT sessions_ends_after_start CHECK ((ends_at > starts_at)),
    CONSTRAINT sessions_kind_check CHECK ((kind = ANY (ARRAY['awarenessSeminar'::text, 'knowledgeBuffet'::text, 'projectWorkshop'::text]))),
    CONSTRAINT sessions_status_check CHECK ((status = ANY (ARRAY['draft'::text, 'open'::text, 'held'::text, 'cancelled'::text]))),
    CONSTRAINT sessions_within_capacity CHECK ((confirmed <= capacity))
);

CREATE VIEW session_summaries AS
 SELECT s.id,
    s.kind,
    s.audience,
    s.title,
    s.theme,
    t.label AS theme_label,
    s.description,
    s.host,
    s.department,
    s.town,
    s.address,
    s.room,
    s.internet_connection,
    s.step_free_access,
    s.starts_at,
    s.ends_at,
    s.trainer,
    s.capacity,
    s.confirmed,
    ( SELECT (count(*))::integer AS count
           FROM registrations r
          WHERE ((r.session_id = s.id) AND (r.status = 'waitlisted'::text))) AS waitlisted,
    s.cancellation_deadline,
    s.status,
    s.cancellation_reason
   FROM (sessions s
     JOIN themes t ON ((t.code = s.theme)));

CREATE TABLE sign_in_failures (
    key bytea NOT NULL,
    failed_at timestamp with time zone NOT NULL
);

CREATE TABLE trainee_links (
    token_hash bytea NOT NULL,
    email_digest bytea NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL
);

CREATE TABLE training_materials (
    publication_id uuid NOT NULL,
    session_id uuid,
    title text NOT NULL,
    url text NOT NULL,
    published_at timestamp with time zone NOT NULL
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

ALTER TABLE ONLY api_tokens
    ADD CONSTRAINT api_tokens_pkey PRIMARY KEY (token_hash);

ALTER TABLE ONLY audit_log
    ADD CONSTRAINT audit_log_hash_key UNIQUE (hash);

ALTER TABLE ONLY audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY ("position");

ALTER TABLE ONLY hosting_offers
    ADD CONSTRAINT hosting_offers_pkey PRIMARY KEY (id);

ALTER TABLE ONLY inbox
    ADD CONSTRAINT inbox_pkey PRIMARY KEY (event_id);

ALTER TABLE ONLY outbox
    ADD CONSTRAINT outbox_event_id_key UNIQUE (event_id);

ALTER TABLE ONLY outbox
    ADD CONSTRAINT outbox_pkey PRIMARY KEY ("position");

ALTER TABLE ONLY registrations
    ADD CONSTRAINT registrations_manage_token_hash_key UNIQUE (manage_token_hash);

ALTER TABLE ONLY registrations
    ADD CONSTRAINT registrations_pkey PRIMARY KEY (id);

ALTER TABLE ONLY schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);

ALTER TABLE ONLY sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (id);

ALTER TABLE ONLY themes
    ADD CONSTRAINT themes_pkey PRIMARY KEY (code);

ALTER TABLE ONLY trainee_links
    ADD CONSTRAINT trainee_links_pkey PRIMARY KEY (token_hash);

ALTER TABLE ONLY training_materials
    ADD CONSTRAINT training_materials_pkey PRIMARY KEY (publication_id);

ALTER TABLE ONLY web_sessions
    ADD CONSTRAINT web_sessions_pkey PRIMARY KEY (token_hash);

CREATE UNIQUE INDEX accounts_email ON accounts USING btree (lower(email));

CREATE INDEX api_tokens_expires_at ON api_tokens USING btree (expires_at);

CREATE INDEX audit_log_subject ON audit_log USING btree (subject);

CREATE INDEX hosting_offers_by_status ON hosting_offers USING btree (status, received_at);

CREATE INDEX outbox_unsent ON outbox USING btree ("position") WHERE (sent_at IS NULL);

CREATE INDEX registrations_attended ON registrations USING btree (email_digest) WHERE attended;

CREATE UNIQUE INDEX registrations_one_live_per_address ON registrations USING btree (session_id, email_digest) WHERE (status <> 'cancelled'::text);

CREATE INDEX registrations_waitlist ON registrations USING btree (session_id, arrival) WHERE (status = 'waitlisted'::text);

CREATE INDEX sessions_by_start ON sessions USING btree (starts_at) WHERE (status = ANY (ARRAY['open'::text, 'held'::text]));

CREATE INDEX sign_in_failures_key ON sign_in_failures USING btree (key, failed_at);

CREATE INDEX trainee_links_by_person ON trainee_links USING btree (email_digest, created_at);

CREATE INDEX web_sessions_expires_at ON web_sessions USING btree (expires_at);

CREATE TRIGGER audit_log_no_change BEFORE DELETE OR UPDATE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

CREATE TRIGGER outbox_inserted AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify();

ALTER TABLE ONLY api_tokens
    ADD CONSTRAINT api_tokens_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts(id) ON DELETE CASCADE;

ALTER TABLE ONLY hosting_offers
    ADD CONSTRAINT hosting_offers_session_id_fkey FOREIGN KEY (session_id) REFERENCES sessions(id);

ALTER TABLE ONLY hosting_offers
    ADD CONSTRAINT hosting_offers_theme_fkey FOREIGN KEY (theme) REFERENCES themes(code);

ALTER TABLE ONLY registrations
    ADD CONSTRAINT registrations_session_id_fkey FOREIGN KEY (session_id) REFERENCES sessions(id);

ALTER TABLE ONLY sessions
    ADD CONSTRAINT sessions_theme_fkey FOREIGN KEY (theme) REFERENCES themes(code);

ALTER TABLE ONLY web_sessions
    ADD CONSTRAINT web_sessions_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts(id) ON DELETE CASCADE;
