-- The onboarding journey's due days per workspace (#18): when each step is due, in days after the
-- relationship entered onboarding. A step left out keeps its standard day (onboarding-steps.ts).
-- Both sides read them (a distributor's journey shows its due dates); only the principal's admins
-- change them.
CREATE TABLE onboarding_settings (
  workspace_id uuid PRIMARY KEY REFERENCES workspace (id),
  due_days jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE onboarding_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE onboarding_settings FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON onboarding_settings USING (workspace_id = liaison_workspace());
CREATE POLICY principal_writes ON onboarding_settings AS RESTRICTIVE FOR INSERT
  TO liaison_distributor_app WITH CHECK (false);
CREATE POLICY principal_updates ON onboarding_settings AS RESTRICTIVE FOR UPDATE
  TO liaison_distributor_app USING (false);
GRANT SELECT, INSERT, UPDATE ON onboarding_settings TO liaison_app;
