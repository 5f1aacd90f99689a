CREATE FUNCTION audit_log_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END
$$;

CREATE FUNCTION messages_notify() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    PERFORM pg_notify('mail_' || TG_TABLE_SCHEMA, '');
    RETURN NULL;
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
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    role text NOT NULL,
    organisation_id uuid,
    CONSTRAINT accounts_role_check CHECK ((role = 'staff'::text))
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

CREATE TABLE calls (
    call_id uuid NOT NULL,
    title text NOT NULL
);

CREATE TABLE dossier_contacts (
    application_id uuid NOT NULL,
    reference text NOT NULL,
    name text NOT NULL,
    email text NOT NULL
);

CREATE TABLE dossiers (
    application_id uuid NOT NULL,
    reference text NOT NULL,
    call_id uuid NOT NULL,
    project_title text NOT NULL,
    completed_at timestamp with time zone,
    outcome text,
    agenda_sitting_id uuid
);

CREATE TABLE erased_addresses (
    digest bytea NOT NULL,
    erased_at timestamp with time zone NOT NULL
);

CREATE TABLE inbox (
    event_id uuid NOT NULL,
    event_type text NOT NULL,
    topic text NOT NULL,
    received_at timestamp with time zone DEFAULT now() NOT NULL
);

CREATE TABLE messages (
    id uuid NOT NULL,
    cause_event_id uuid NOT NULL,
    template text NOT NULL,
    recipient text NOT NULL,
    recipient_name text,
    reference text,
    subject text NOT NULL,
    text_body text NOT NULL,
    html_body text NOT NULL,
    status text DEFAULT 'queued'::text NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    next_attempt_at timestamp with time zone DEFAULT now() NOT NULL,
    last_reply text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    finished_at timestamp with time zone,
    lease_until timestamp with time zone,
    resend_of uuid,
    attachment_name text,
    attachment_type text,
    attachment_data bytea,
    list_unsubscribe text,
    erased_at timestamp with time zone,
    CONSTRAINT messages_status_check CHECK ((status = ANY (ARRAY['queued'::text, 'sent'::text, 'failed'::text])))
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

CREATE TABLE publications (
    publication_id uuid NOT NULL,
    kind text NOT NULL,
    title text NOT NULL,
    summary text NOT NULL,
    url text NOT NULL,
    published_at timestamp with time zone NOT NULL,
    digest_id uuid
);

CREATE TABLE registrations (
    registration_id uuid NOT NULL,
    session_id uuid NOT NULL,
    name text NOT NULL,
    email text NOT NULL,
    outcome text NOT NULL,
    session_title text NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    venue text NOT NULL,
    reminder_queued boolean DEFAULT false NOT NULL
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

CREATE TABLE sittings (
    sitting_id uuid NOT NULL,
    sitting_date date NOT NULL,
    call_ids uuid[] NOT NULL
);

CREATE TABLE subscribers (
    id uuid NOT NULL,
    email text NOT NULL,
    token text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    confirmed_at timestamp with time zone,
    unsubscribed_at timestamp with time zone
);

CREATE TABLE training_sessions (
    session_id uuid NOT NULL,
    title text NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    venue text NOT NULL
);

CREATE TABLE waiting_events (
    "position" bigint NOT NULL,
    event_id uuid NOT NULL,
    application_id uuid NOT NULL,
    topic text NOT NULL,
    payload bytea NOT NULL,
    received_at timestamp with time zone DEFAULT now() NOT NULL
);

CREATE SEQUENCE waiting_events_position_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE waiting_events_position_seq OWNED BY waiting_events."position";

CREATE TABLE web_sessions (
    token_hash bytea NOT NULL,
    account_id uuid NOT NULL,
    csrf_token text NOT NULL,
    expires_at timestamp with time zone NOT NULL
);

ALTER TABLE ONLY audit_log ALTER COLUMN "position" SET DEFAULT nextval('audit_log_position_seq'::regclass);

ALTER TABLE ONLY outbox ALTER COLUMN "position" SET DEFAULT nextval('outbox_position_seq'::regclass);

ALTER TABLE ONLY waiting_events ALTER COLUMN "position" SET DEFAULT nextval('waiting_events_position_seq'::regclass);

ALTER TABLE ONLY accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);

ALTER TABLE ONLY api_tokens
    ADD CONSTRAINT api_tokens_pkey PRIMARY KEY (token_hash);

ALTER TABLE ONLY audit_log
    ADD CONSTRAINT audit_log_hash_key UNIQUE (hash);

ALTER TABLE ONLY audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY ("position");

ALTER TABLE ONLY calls
    ADD CONSTRAINT calls_pkey PRIMARY KEY (call_id);

ALTER TABLE ONLY dossier_contacts
    ADD CONSTRAINT dossier_contacts_pkey PRIMARY KEY (application_id, email);

ALTER TABLE ONLY dossiers
    ADD CONSTRAINT dossiers_pkey PRIMARY KEY (application_id);

ALTER TABLE ONLY erased_addresses
    ADD CONSTRAINT erased_addresses_pkey PRIMARY KEY (digest);

ALTER TABLE ONLY inbox
    ADD CONSTRAINT inbox_pkey PRIMARY KEY (event_id);

ALTER TABLE ONLY messages
    ADD CONSTRAINT messages_once UNIQUE (cause_event_id, recipient, template);

ALTER TABLE ONLY messages
    ADD CONSTRAINT messages_pkey PRIMARY KEY (id);

ALTER TABLE ONLY outbox
    ADD CONSTRAINT outbox_event_id_key UNIQUE (event_id);

ALTER TABLE ONLY outbox
    ADD CONSTRAINT outbox_pkey PRIMARY KEY ("position");

ALTER TABLE ONLY publications
    ADD CONSTRAINT publications_pkey PRIMARY KEY (publication_id);

ALTER TABLE ONLY registrations
    ADD CONSTRAINT registrations_pkey PRIMARY KEY (registration_id);

ALTER TABLE ONLY schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);

ALTER TABLE ONLY sittings
    ADD CONSTRAINT sittings_pkey PRIMARY KEY (sitting_id);

ALTER TABLE ONLY subscribers
    ADD CONSTRAINT subscribers_pkey PRIMARY KEY (id);

ALTER TABLE ONLY subscribers
    ADD CONSTRAINT subscribers_token_key UNIQUE (token);

ALTER TABLE ONLY training_sessions
    ADD CONSTRAINT training_sessions_pkey PRIMARY KEY (session_id);

ALTER TABLE ONLY waiting_events
    ADD CONSTRAINT waiting_events_event_id_key UNIQUE (event_id);

ALTER TABLE ONLY waiting_events
    ADD CONSTRAINT waiting_events_pkey PRIMARY KEY ("position");

ALTER TABLE ONLY web_sessions
    ADD CONSTRAINT web_sessions_pkey PRIMARY KEY (token_hash);

CREATE UNIQUE INDEX accounts_email ON accounts USING btree (lower(email));

CREATE INDEX api_tokens_expires_at ON api_tokens USING btree (expires_at);

CREATE INDEX audit_log_subject ON audit_log USING btree (subject);

CREATE INDEX dossiers_awaiting_sitting ON dossiers USING btree (call_id) WHERE ((outcome IS NULL) AND (agenda_sitting_id IS NULL));

CREATE INDEX messages_due ON messages USING btree (next_attempt_at) WHERE (status = 'queued'::text);

CREATE INDEX messages_failed ON messages USING btree (finished_at DESC) WHERE (status = 'failed'::text);

CREATE INDEX messages_latest ON messages USING btree (created_at DESC);

CREATE INDEX messages_recipient ON messages USING btree (lower(recipient));

CREATE INDEX messages_reference ON messages USING btree (reference);

CREATE INDEX outbox_unsent ON outbox USING btree ("position") WHERE (sent_at IS NULL);

CREATE INDEX publications_undigested ON publications USING btree (published_at) WHERE (digest_id IS NULL);

CREATE INDEX registrations_awaiting_reminder ON registrations USING btree (starts_at) WHERE ((NOT reminder_queued) AND (outcome = ANY (ARRAY['confirmed'::text, 'promoted'::text])));

CREATE INDEX registrations_session ON registrations USING btree (session_id);

CREATE INDEX sign_in_failures_key ON sign_in_failures USING btree (key, failed_at);

CREATE UNIQUE INDEX subscribers_email ON subscribers USING btree (lower(email));

CREATE INDEX waiting_events_dossier ON waiting_events USING btree (application_id);

CREATE INDEX web_sessions_expires_at ON web_sessions USING btree (expires_at);

CREATE TRIGGER audit_log_no_change BEFORE DELETE OR UPDATE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

CREATE TRIGGER messages_queued AFTER INSERT ON messages FOR EACH STATEMENT EXECUTE FUNCTION messages_notify();

CREATE TRIGGER outbox_inserted AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify();

ALTER TABLE ONLY api_tokens
    ADD CONSTRAINT api_tokens_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts(id) ON DELETE CASCADE;

ALTER TABLE ONLY messages
    ADD CONSTRAINT messages_resend_of_fkey FOREIGN KEY (resend_of) REFERENCES messages(id);

ALTER TABLE ONLY web_sessions
    ADD CONSTRAINT web_sessions_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts(id) ON DELETE CASCADE;
