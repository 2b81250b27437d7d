-- Goals and the joint plan (#18): measurable goals both sides agreed (from the signed charter's
-- goals section or agreed on the plan page), their objectives, each side's responsibilities and
-- the plan's milestones. The live tables hold what is agreed; every change goes through
-- plan_change, which is proposed by one side and agreed or declined by the other, and is the
-- history. Removed goals and milestones keep their rows (removed_at), so history names them.
CREATE TABLE plan_goal (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  distributor_id uuid NOT NULL,
  metric text NOT NULL CHECK (length(metric) BETWEEN 1 AND 200),
  target numeric NOT NULL CHECK (target >= 0),
  unit text NOT NULL CHECK (length(unit) BETWEEN 1 AND 40),
  due_on date NOT NULL,
  -- A KPI key of the scorecard ('attainment', 'weeksOfCover', …); progress reads it.
  kpi text CHECK (length(kpi) BETWEEN 1 AND 40),
  -- The signed charter version it came from; null for a goal agreed on the plan page.
  charter_version_id uuid,
  charter_version integer,
  position integer NOT NULL DEFAULT 0,
  agreed_at timestamptz NOT NULL,
  removed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id),
  FOREIGN KEY (workspace_id, charter_version_id) REFERENCES charter_version (workspace_id, id)
);
CREATE INDEX plan_goal_distributor_idx ON plan_goal (workspace_id, distributor_id, position);

CREATE TABLE plan_objective (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  distributor_id uuid NOT NULL,
  goal_id uuid NOT NULL,
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
  owner_side text CHECK (owner_side IN ('principal', 'distributor')),
  position integer NOT NULL DEFAULT 0,
  done_at timestamptz,
  done_by_name text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id),
  FOREIGN KEY (workspace_id, goal_id) REFERENCES plan_goal (workspace_id, id) ON DELETE CASCADE
);
CREATE INDEX plan_objective_goal_idx ON plan_objective (workspace_id, goal_id, position);

CREATE TABLE plan_responsibility (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  distributor_id uuid NOT NULL,
  side text NOT NULL CHECK (side IN ('principal', 'distributor')),
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
  position integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id)
);
CREATE INDEX plan_responsibility_distributor_idx
  ON plan_responsibility (workspace_id, distributor_id, side, position);

CREATE TABLE plan_milestone (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  distributor_id uuid NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  due_on date NOT NULL,
  -- Owned by a side, and optionally by a named person of that side.
  owner_side text NOT NULL CHECK (owner_side IN ('principal', 'distributor')),
  owner_name text CHECK (length(owner_name) BETWEEN 1 AND 200),
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done')),
  done_on date,
  removed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  CHECK ((status = 'done') = (done_on IS NOT NULL)),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id)
);
CREATE INDEX plan_milestone_distributor_idx
  ON plan_milestone (workspace_id, distributor_id, due_on);

CREATE TABLE plan_change (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  distributor_id uuid NOT NULL,
  -- Numbered per distributor: "change 4" names one in the page and the audit log.
  number integer NOT NULL,
  subject text NOT NULL CHECK (subject IN ('goal', 'responsibilities', 'milestone')),
  action text NOT NULL CHECK (action IN ('add', 'change', 'remove')),
  -- The goal or milestone changed or removed; for an addition, the one created once agreed.
  subject_id uuid,
  proposal jsonb NOT NULL,
  -- What the subject was when the change was proposed, for the history.
  before jsonb,
  note text CHECK (length(note) <= 2000),
  proposer_side text NOT NULL CHECK (proposer_side IN ('principal', 'distributor')),
  proposed_by uuid REFERENCES app_user (id),
  proposer_name text NOT NULL,
  -- Set when the change came with a signed charter version: the signatures were the agreement.
  charter_version integer,
  status text NOT NULL DEFAULT 'proposed'
    CHECK (status IN ('proposed', 'agreed', 'declined', 'withdrawn')),
  decline_reason text CHECK (length(decline_reason) <= 2000),
  answered_by uuid REFERENCES app_user (id),
  answerer_name text,
  answered_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, distributor_id, number),
  CHECK ((status = 'proposed') = (answered_at IS NULL)),
  CHECK (status <> 'declined' OR decline_reason IS NOT NULL),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id)
);
CREATE INDEX plan_change_distributor_idx
  ON plan_change (workspace_id, distributor_id, status, created_at);

ALTER TABLE plan_goal ENABLE ROW LEVEL SECURITY;
ALTER TABLE plan_goal FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON plan_goal USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON plan_goal AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());
GRANT SELECT, INSERT, UPDATE ON plan_goal TO liaison_app;

ALTER TABLE plan_objective ENABLE ROW LEVEL SECURITY;
ALTER TABLE plan_objective FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON plan_objective USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON plan_objective AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());
GRANT SELECT, INSERT, UPDATE, DELETE ON plan_objective TO liaison_app;

ALTER TABLE plan_responsibility ENABLE ROW LEVEL SECURITY;
ALTER TABLE plan_responsibility FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON plan_responsibility USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON plan_responsibility AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());
GRANT SELECT, INSERT, UPDATE, DELETE ON plan_responsibility TO liaison_app;

ALTER TABLE plan_milestone ENABLE ROW LEVEL SECURITY;
ALTER TABLE plan_milestone FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON plan_milestone USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON plan_milestone AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());
GRANT SELECT, INSERT, UPDATE ON plan_milestone TO liaison_app;

ALTER TABLE plan_change ENABLE ROW LEVEL SECURITY;
ALTER TABLE plan_change FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON plan_change USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON plan_change AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());
GRANT SELECT, INSERT, UPDATE ON plan_change TO liaison_app;
