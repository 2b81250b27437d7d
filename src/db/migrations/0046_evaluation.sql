-- The evaluation of a relationship (#18): yearly (one per distributor and year) or on demand,
-- prepared by Liaison from the data (a snapshot of the figures, refreshable while a draft), then
-- completed by people: each side's assessment, areas for improvement, and the principal's decision
-- with its reasons and follow-up actions. A completed evaluation is read-only until reopened.
CREATE TABLE evaluation (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  distributor_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('yearly', 'on_demand')),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  -- An on-demand evaluation's title; a yearly one is named by its year.
  title text CHECK (length(title) BETWEEN 1 AND 200),
  status text NOT NULL CHECK (status IN ('draft', 'completed')),
  -- The figures both sides may see, as Liaison prepared them (EvaluationFigures).
  figures jsonb NOT NULL,
  prepared_at timestamptz NOT NULL,
  principal_assessment text CHECK (length(principal_assessment) <= 10000),
  principal_assessor_name text,
  principal_assessed_at timestamptz,
  distributor_assessment text CHECK (length(distributor_assessment) <= 10000),
  distributor_assessor_name text,
  distributor_assessed_at timestamptz,
  -- Completing without the distributor's assessment needs this reason.
  no_response_reason text CHECK (length(no_response_reason) <= 2000),
  improvements text CHECK (length(improvements) <= 10000),
  decision text CHECK (decision IN ('renew', 'develop', 'watch', 'exit')),
  decision_reasons text CHECK (length(decision_reasons) <= 10000),
  -- [{ text, ownerSide, ownerName, dueOn }]
  follow_ups jsonb NOT NULL DEFAULT '[]',
  completed_at timestamptz,
  completer_name text,
  created_by uuid REFERENCES app_user (id),
  creator_name text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (workspace_id, id),
  CHECK (kind = 'yearly' OR title IS NOT NULL),
  CHECK (status = 'draft' OR (completed_at IS NOT NULL AND decision IS NOT NULL)),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id)
);
CREATE UNIQUE INDEX evaluation_yearly_idx ON evaluation (workspace_id, distributor_id, year)
  WHERE kind = 'yearly';
CREATE INDEX evaluation_distributor_idx ON evaluation (workspace_id, distributor_id, created_at);

-- What only the principal's people read: its internal note and the figures that are its own
-- assessments (the lifecycle stage, the early warnings' signals, the margin). A distributor's user
-- matches no row, whatever the service asks.
CREATE TABLE evaluation_internal (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  evaluation_id uuid NOT NULL,
  distributor_id uuid NOT NULL,
  figures jsonb NOT NULL,
  note text CHECK (length(note) <= 10000),
  PRIMARY KEY (workspace_id, evaluation_id),
  FOREIGN KEY (workspace_id, evaluation_id) REFERENCES evaluation (workspace_id, id),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id)
);

ALTER TABLE evaluation ENABLE ROW LEVEL SECURITY;
ALTER TABLE evaluation FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON evaluation USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON evaluation AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());

ALTER TABLE evaluation_internal ENABLE ROW LEVEL SECURITY;
ALTER TABLE evaluation_internal FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON evaluation_internal USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON evaluation_internal AS RESTRICTIVE TO liaison_distributor_app
  USING (false);

GRANT SELECT, INSERT, UPDATE ON evaluation TO liaison_app;
GRANT SELECT, INSERT, UPDATE ON evaluation_internal TO liaison_app;
