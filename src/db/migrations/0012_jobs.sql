-- The durable schedule for background work (src/platform/jobs.ts), shared by every server process
-- on one database: a job runs once however many servers poll, survives a restart, and retries
-- with backoff. A runner claims a due row in one statement (FOR UPDATE SKIP LOCKED) and holds it
-- for a lease; a runner that dies mid-job loses its lease and another takes the row over.
--
-- System tables, not per tenant: the server's owner connection claims work across workspaces, so
-- neither table is keyed by workspace_id. "now" always comes from the application's clock as a
-- parameter; the defaults below never decide a run.

-- Recurring work (outbox delivery, reminders, the KPI refresh), one row per job name.
-- `attempts` counts failures since the last success; `locked_until` is the running lease.
CREATE TABLE job_schedule (
  name text PRIMARY KEY,
  interval_seconds integer NOT NULL CHECK (interval_seconds > 0),
  next_run_at timestamptz NOT NULL,
  locked_until timestamptz,
  locked_by text,
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  last_started_at timestamptz,
  last_finished_at timestamptz,
  last_succeeded_at timestamptz,
  runs integer NOT NULL DEFAULT 0
);
CREATE INDEX job_schedule_due_idx ON job_schedule (next_run_at);

-- One-off work (early warnings, escalations, digests), carrying the workspace it acts for: its
-- handler enters that workspace's scope with inSystemTransaction. A dedupe key keeps a second
-- copy of a pending or running job from being queued.
CREATE TABLE job (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  workspace_id uuid REFERENCES workspace (id),
  payload jsonb NOT NULL DEFAULT '{}',
  run_at timestamptz NOT NULL,
  dedupe_key text,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'done', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  max_attempts integer NOT NULL DEFAULT 5 CHECK (max_attempts > 0),
  locked_until timestamptz,
  locked_by text,
  last_error text,
  created_at timestamptz NOT NULL,
  finished_at timestamptz
);
CREATE INDEX job_due_idx ON job (run_at) WHERE status IN ('pending', 'running');
CREATE INDEX job_workspace_idx ON job (workspace_id, created_at DESC);
CREATE UNIQUE INDEX job_dedupe_idx ON job (name, dedupe_key)
  WHERE dedupe_key IS NOT NULL AND status IN ('pending', 'running');

-- A domain may queue a job for its own workspace inside its tenant transaction (the job then
-- exists exactly when the change that caused it commits), and read its workspace's jobs. Row-level
-- security is enabled but not forced: the owner connection that runs the jobs sees every
-- workspace's rows. The schedule has no grant at all: only the owner connection touches it.
ALTER TABLE job ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON job USING (workspace_id = liaison_workspace())
  WITH CHECK (workspace_id = liaison_workspace());
CREATE POLICY principal_only ON job AS RESTRICTIVE FOR SELECT TO liaison_distributor_app
  USING (false);
GRANT SELECT, INSERT ON job TO liaison_app;
