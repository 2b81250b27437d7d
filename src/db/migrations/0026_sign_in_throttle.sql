-- Sign-in throttling (issue #15): failed sign-ins counted per account (its e-mail) and per client
-- address over a window; past a limit the key is locked for a while. Kept in PostgreSQL so the
-- count holds across every process serving sign-ins. Like user_session it is read only by the
-- owner connection, before any workspace is known: liaison_app gets no grant, and row-level
-- security with no policy refuses it anyway.
CREATE TABLE sign_in_throttle (
  key text PRIMARY KEY,
  failures integer NOT NULL,
  -- Failures within the window that lock the key (an account's limit is lower than an address's).
  failure_limit integer NOT NULL,
  window_started_at timestamptz NOT NULL,
  locked_until timestamptz
);
ALTER TABLE sign_in_throttle ENABLE ROW LEVEL SECURITY;
