-- The onboarding journey (#18): the first 90 days of a relationship, read from the evidence the
-- other domains hold. Only one step has no evidence of its own yet: "training assigned" (there is
-- no training area), which a person of either side ticks with a note. That tick is kept here.
CREATE TABLE onboarding_tick (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  distributor_id uuid NOT NULL,
  -- The manual step's stable key; today only 'training_assigned'.
  step_key text NOT NULL CHECK (step_key ~ '^[a-z0-9_]{1,60}$'),
  is_done boolean NOT NULL,
  note text NOT NULL CHECK (length(note) BETWEEN 1 AND 2000),
  ticked_by uuid REFERENCES app_user (id),
  ticker_name text NOT NULL,
  ticker_side text NOT NULL CHECK (ticker_side IN ('principal', 'distributor')),
  -- When it last changed between done and open.
  changed_at timestamptz NOT NULL,
  PRIMARY KEY (workspace_id, distributor_id, step_key),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id)
);

ALTER TABLE onboarding_tick ENABLE ROW LEVEL SECURITY;
ALTER TABLE onboarding_tick FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON onboarding_tick USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON onboarding_tick AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());
GRANT SELECT, INSERT, UPDATE ON onboarding_tick TO liaison_app;
