-- The joint plan re-agreed each year (#18): at the annual planning, each side confirms the plan as
-- it then stands (goals, responsibilities, milestones) for a year. A side's confirmation counts the
-- agreed changes it saw; the year is re-agreed when both sides confirmed the same state. A change
-- agreed between the two confirmations means the first side confirms again.
CREATE TABLE plan_confirmation (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  distributor_id uuid NOT NULL,
  year smallint NOT NULL CHECK (year BETWEEN 2000 AND 2200),
  side text NOT NULL CHECK (side IN ('principal', 'distributor')),
  -- How many plan changes were agreed when this side confirmed: agreements only ever add up.
  agreed_changes integer NOT NULL CHECK (agreed_changes >= 0),
  confirmed_by uuid REFERENCES app_user (id),
  confirmer_name text NOT NULL,
  confirmed_at timestamptz NOT NULL,
  note text CHECK (length(note) <= 2000),
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, distributor_id, year, side),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id)
);

ALTER TABLE plan_confirmation ENABLE ROW LEVEL SECURITY;
ALTER TABLE plan_confirmation FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON plan_confirmation USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON plan_confirmation AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());
GRANT SELECT, INSERT, UPDATE ON plan_confirmation TO liaison_app;
