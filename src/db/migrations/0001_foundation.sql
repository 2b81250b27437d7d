-- Foundation: workspaces, accounts, the distributor directory, audit log and outbox.
-- Tenant tables lead every key with workspace_id (so Citus can shard by workspace) and are
-- protected by row-level security through the non-owner role liaison_app, which the
-- application takes with SET LOCAL ROLE in every tenant transaction.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'liaison_app') THEN
    CREATE ROLE liaison_app NOLOGIN;
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO liaison_app;

CREATE TABLE workspace (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  slug text NOT NULL UNIQUE,
  default_locale text NOT NULL DEFAULT 'en',
  created_at timestamptz NOT NULL DEFAULT now()
);

-- People are global: one account may belong to several workspaces.
CREATE TABLE app_user (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL,
  name text NOT NULL,
  password_hash text,
  locale text NOT NULL DEFAULT 'en',
  time_zone text NOT NULL DEFAULT 'UTC',
  created_at timestamptz NOT NULL DEFAULT now(),
  disabled_at timestamptz
);
CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email));

CREATE TABLE distributor (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL,
  legal_name text,
  country char(2) NOT NULL,
  city text,
  time_zone text NOT NULL,
  languages text[] NOT NULL,
  website text,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
  lifecycle_stage text NOT NULL DEFAULT 'prospect'
    CHECK (lifecycle_stage IN ('prospect', 'onboarding', 'active', 'at_risk', 'suspended', 'terminated')),
  notes text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id)
);
CREATE UNIQUE INDEX distributor_name_key ON distributor (workspace_id, lower(name));
CREATE INDEX distributor_filter_idx ON distributor (workspace_id, status, lifecycle_stage, country);

CREATE TABLE membership (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  user_id uuid NOT NULL REFERENCES app_user (id),
  role text NOT NULL CHECK (role IN ('principal_admin', 'principal_manager', 'principal_viewer',
                                     'distributor_admin', 'distributor_member')),
  distributor_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, user_id),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id),
  CHECK ((role LIKE 'distributor_%') = (distributor_id IS NOT NULL))
);
CREATE INDEX membership_user_idx ON membership (user_id);

CREATE TABLE lifecycle_event (
  workspace_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  distributor_id uuid NOT NULL,
  from_stage text,
  to_stage text NOT NULL,
  reason text,
  changed_by uuid REFERENCES app_user (id),
  changed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id)
);
CREATE INDEX lifecycle_event_distributor_idx ON lifecycle_event (workspace_id, distributor_id, changed_at);

-- Contacts of a relationship, on either side: the distributor's staff and the principal's
-- people assigned to that distributor.
CREATE TABLE contact (
  workspace_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  distributor_id uuid NOT NULL,
  side text NOT NULL CHECK (side IN ('principal', 'distributor')),
  name text NOT NULL,
  role text NOT NULL,
  title text,
  email text,
  phone text,
  language text,
  time_zone text,
  is_primary boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id)
);
CREATE INDEX contact_distributor_idx ON contact (workspace_id, distributor_id, side);

CREATE TABLE escalation_step (
  workspace_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  distributor_id uuid NOT NULL,
  side text NOT NULL CHECK (side IN ('principal', 'distributor')),
  level integer NOT NULL CHECK (level BETWEEN 1 AND 10),
  contact_id uuid NOT NULL,
  channel text NOT NULL,
  response_time_hours integer NOT NULL CHECK (response_time_hours BETWEEN 1 AND 720),
  note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, distributor_id, side, level),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id),
  FOREIGN KEY (workspace_id, contact_id) REFERENCES contact (workspace_id, id)
);

CREATE TABLE audit_log (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id bigint GENERATED ALWAYS AS IDENTITY,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  actor_user_id uuid,
  actor_name text NOT NULL,
  actor_via text NOT NULL CHECK (actor_via IN ('session', 'token', 'cli', 'system')),
  request_id text,
  distributor_id uuid,
  entity_type text NOT NULL,
  entity_id text NOT NULL,
  action text NOT NULL,
  before jsonb,
  after jsonb,
  PRIMARY KEY (workspace_id, id)
);
CREATE INDEX audit_log_time_idx ON audit_log (workspace_id, occurred_at DESC);
CREATE INDEX audit_log_entity_idx ON audit_log (workspace_id, entity_type, entity_id);

CREATE TABLE outbox_email (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  to_address text NOT NULL,
  subject text NOT NULL,
  body_text text NOT NULL,
  body_html text,
  status text NOT NULL DEFAULT 'stored' CHECK (status IN ('stored', 'sent', 'failed')),
  error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  PRIMARY KEY (workspace_id, id)
);
CREATE INDEX outbox_email_time_idx ON outbox_email (workspace_id, created_at DESC);

-- Auth tables: found by a hashed secret before the workspace is known, so row-level security
-- is enabled (liaison_app is bound by it) but not forced (the owner connection of the auth
-- module can look a secret up).
CREATE TABLE user_session (
  id text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES app_user (id),
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  user_agent text,
  ip text
);
CREATE INDEX user_session_user_idx ON user_session (user_id);

CREATE TABLE api_token (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES app_user (id),
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  token_prefix text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz,
  PRIMARY KEY (workspace_id, id)
);

CREATE TABLE invitation (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  email text NOT NULL,
  role text NOT NULL,
  distributor_id uuid,
  token_hash text NOT NULL UNIQUE,
  invited_by uuid NOT NULL REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  accepted_at timestamptz,
  revoked_at timestamptz,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id)
);

-- Row-level security. current_setting(..., true) returns '' once a session has set it, so
-- nullif makes an unset tenant match no rows (fail closed).
CREATE FUNCTION liaison_workspace() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT nullif(current_setting('app.workspace_id', true), '')::uuid $$;
CREATE FUNCTION liaison_distributor() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT nullif(current_setting('app.distributor_id', true), '')::uuid $$;
CREATE FUNCTION liaison_user() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;

ALTER TABLE workspace ENABLE ROW LEVEL SECURITY;
ALTER TABLE workspace FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON workspace USING (id = liaison_workspace());

ALTER TABLE distributor ENABLE ROW LEVEL SECURITY;
ALTER TABLE distributor FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON distributor
  USING (workspace_id = liaison_workspace()
         AND (liaison_distributor() IS NULL OR id = liaison_distributor()));

ALTER TABLE lifecycle_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE lifecycle_event FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON lifecycle_event
  USING (workspace_id = liaison_workspace()
         AND (liaison_distributor() IS NULL OR distributor_id = liaison_distributor()));

ALTER TABLE contact ENABLE ROW LEVEL SECURITY;
ALTER TABLE contact FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON contact
  USING (workspace_id = liaison_workspace()
         AND (liaison_distributor() IS NULL OR distributor_id = liaison_distributor()));

ALTER TABLE escalation_step ENABLE ROW LEVEL SECURITY;
ALTER TABLE escalation_step FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON escalation_step
  USING (workspace_id = liaison_workspace()
         AND (liaison_distributor() IS NULL OR distributor_id = liaison_distributor()));

ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON audit_log USING (workspace_id = liaison_workspace());

ALTER TABLE outbox_email ENABLE ROW LEVEL SECURITY;
ALTER TABLE outbox_email FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON outbox_email USING (workspace_id = liaison_workspace());

ALTER TABLE membership ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON membership
  USING (workspace_id = liaison_workspace()
         AND (liaison_distributor() IS NULL OR distributor_id = liaison_distributor()));

ALTER TABLE api_token ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON api_token USING (workspace_id = liaison_workspace());

ALTER TABLE invitation ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON invitation
  USING (workspace_id = liaison_workspace()
         AND (liaison_distributor() IS NULL OR distributor_id = liaison_distributor()));

-- A person sees the accounts of people in the workspace they are acting in, and their own.
ALTER TABLE app_user ENABLE ROW LEVEL SECURITY;
CREATE POLICY member ON app_user
  USING (id = liaison_user()
         OR EXISTS (SELECT 1 FROM membership m WHERE m.user_id = app_user.id));

GRANT SELECT ON workspace TO liaison_app;
GRANT SELECT, INSERT, UPDATE ON distributor, contact, escalation_step, membership, invitation,
  api_token, outbox_email TO liaison_app;
GRANT DELETE ON contact, escalation_step, membership TO liaison_app;
GRANT SELECT, INSERT ON lifecycle_event, audit_log TO liaison_app;
GRANT SELECT (id, email, name, locale, time_zone, created_at, disabled_at) ON app_user TO liaison_app;
GRANT UPDATE (name, locale, time_zone) ON app_user TO liaison_app;
