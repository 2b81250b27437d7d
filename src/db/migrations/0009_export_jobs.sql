-- Long exports run in the background and report their progress; the finished file is kept with
-- the job until it is downloaded or the job is a week old.
CREATE TABLE export_job (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('reports_year')),
  params jsonb NOT NULL,
  status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done', 'failed')),
  done integer NOT NULL DEFAULT 0,
  total integer NOT NULL DEFAULT 0,
  file_name text,
  content bytea,
  error text,
  created_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  PRIMARY KEY (workspace_id, id)
);
ALTER TABLE export_job ENABLE ROW LEVEL SECURITY;
ALTER TABLE export_job FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON export_job USING (workspace_id = liaison_workspace());
CREATE POLICY principal_only ON export_job AS RESTRICTIVE TO liaison_distributor_app USING (false);
GRANT SELECT, INSERT, UPDATE, DELETE ON export_job TO liaison_app;
