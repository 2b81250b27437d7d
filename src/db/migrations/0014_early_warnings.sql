-- Early warning (issue #13): each workspace's thresholds for the warning signals, and the history
-- of each distributor's health (healthy, watch, at_risk) with the reasons that set it. Both are the
-- principal's internal assessment: a distributor's own users never read them, not even their own.

CREATE TABLE warning_settings (
  workspace_id uuid PRIMARY KEY REFERENCES workspace (id),
  thresholds jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- One row per distributor and day on which its state changed; `reasons` holds the signals.
CREATE TABLE distributor_health (
  workspace_id uuid NOT NULL,
  distributor_id uuid NOT NULL,
  as_of date NOT NULL,
  state text NOT NULL CHECK (state IN ('healthy', 'watch', 'at_risk')),
  reasons jsonb NOT NULL DEFAULT '[]',
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (workspace_id, distributor_id, as_of),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id)
);

ALTER TABLE warning_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE warning_settings FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON warning_settings
  USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);
CREATE POLICY principal_only ON warning_settings AS RESTRICTIVE TO liaison_distributor_app
  USING (false);

ALTER TABLE distributor_health ENABLE ROW LEVEL SECURITY;
ALTER TABLE distributor_health FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON distributor_health
  USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);
-- The restrictive distributor policy: the assessment is the principal's, so a distributor's user
-- matches no row at all (the service answers 403 before it gets here).
CREATE POLICY principal_only ON distributor_health AS RESTRICTIVE TO liaison_distributor_app
  USING (false);

GRANT SELECT, INSERT, UPDATE ON warning_settings, distributor_health TO liaison_app;
