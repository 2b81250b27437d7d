-- Account security (issue #15): sessions that end when idle, password reset by e-mail, and
-- two-factor authentication with recovery codes, which a workspace can require.

-- A session also ends after a spell without use (SESSION_IDLE_HOURS), besides its absolute end
-- (expires_at). Its public id names it in "your sessions" without handing out the cookie's hash.
ALTER TABLE user_session ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE user_session ADD COLUMN last_seen_at timestamptz NOT NULL DEFAULT now();
CREATE UNIQUE INDEX user_session_public_id_key ON user_session (public_id);

-- The TOTP secret is kept encrypted under the application secret; the pending one waits for the
-- first code that proves the authenticator app has it. totp_last_step refuses a code used twice.
ALTER TABLE app_user ADD COLUMN totp_secret text;
ALTER TABLE app_user ADD COLUMN totp_pending_secret text;
ALTER TABLE app_user ADD COLUMN totp_enabled_at timestamptz;
ALTER TABLE app_user ADD COLUMN totp_last_step bigint;
ALTER TABLE app_user ADD COLUMN password_changed_at timestamptz;

ALTER TABLE workspace ADD COLUMN require_two_factor boolean NOT NULL DEFAULT false;

-- Like user_session, these are read only by the owner connection, before any workspace is known:
-- liaison_app gets no grant, and row-level security with no policy refuses it anyway.
CREATE TABLE recovery_code (
  user_id uuid NOT NULL REFERENCES app_user (id),
  code_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  used_at timestamptz,
  PRIMARY KEY (user_id, code_hash)
);
ALTER TABLE recovery_code ENABLE ROW LEVEL SECURITY;

CREATE TABLE password_reset (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX password_reset_user_idx ON password_reset (user_id, created_at DESC);
ALTER TABLE password_reset ENABLE ROW LEVEL SECURITY;
GRANT UPDATE (require_two_factor) ON workspace TO liaison_app;
