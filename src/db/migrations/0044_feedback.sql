-- Feedback from both sides (#18): each quarter a short relationship survey per distributor, which
-- both sides' people answer in their own language (scores 1–5 and a comment on communication,
-- support, commitments kept and overall satisfaction). Rounds open on the durable schedule or on
-- a principal admin's demand; one answer per person per round, attributed to them.
CREATE TABLE feedback_round (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  distributor_id uuid NOT NULL,
  -- The calendar quarter it asks about, e.g. '2026-Q4' (UTC quarters, like the portfolio).
  quarter text NOT NULL CHECK (quarter ~ '^[0-9]{4}-Q[1-4]$'),
  opened_at timestamptz NOT NULL,
  -- Answers are taken until then: the start of the next quarter.
  closes_at timestamptz NOT NULL,
  -- Null when Liaison's schedule opened it.
  opened_by uuid REFERENCES app_user (id),
  opener_name text NOT NULL,
  -- When the people who had not answered were reminded (once per round).
  reminded_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, distributor_id, quarter),
  CHECK (closes_at > opened_at),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id)
);
CREATE INDEX feedback_round_open_idx ON feedback_round (workspace_id, closes_at);

CREATE TABLE feedback_answer (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  round_id uuid NOT NULL,
  -- Copied from the round for the distributor's row-level security.
  distributor_id uuid NOT NULL,
  user_id uuid NOT NULL REFERENCES app_user (id),
  respondent_name text NOT NULL,
  side text NOT NULL CHECK (side IN ('principal', 'distributor')),
  -- The language the person answered in (their locale's catalogue: en, de, vi, th, zh).
  language text NOT NULL CHECK (length(language) BETWEEN 2 AND 10),
  communication_score smallint NOT NULL CHECK (communication_score BETWEEN 1 AND 5),
  support_score smallint NOT NULL CHECK (support_score BETWEEN 1 AND 5),
  commitments_score smallint NOT NULL CHECK (commitments_score BETWEEN 1 AND 5),
  overall_score smallint NOT NULL CHECK (overall_score BETWEEN 1 AND 5),
  communication_comment text CHECK (length(communication_comment) <= 2000),
  support_comment text CHECK (length(support_comment) <= 2000),
  commitments_comment text CHECK (length(commitments_comment) <= 2000),
  overall_comment text CHECK (length(overall_comment) <= 2000),
  -- A distributor's comments meant for the principal's admins only (scores stay shared).
  comments_confidential boolean NOT NULL DEFAULT false,
  answered_at timestamptz NOT NULL,
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, round_id, user_id),
  CHECK (side = 'distributor' OR NOT comments_confidential),
  FOREIGN KEY (workspace_id, round_id) REFERENCES feedback_round (workspace_id, id),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id)
);
CREATE INDEX feedback_answer_distributor_idx ON feedback_answer (workspace_id, distributor_id);

ALTER TABLE feedback_round ENABLE ROW LEVEL SECURITY;
ALTER TABLE feedback_round FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON feedback_round USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON feedback_round AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());
GRANT SELECT, INSERT, UPDATE ON feedback_round TO liaison_app;

ALTER TABLE feedback_answer ENABLE ROW LEVEL SECURITY;
ALTER TABLE feedback_answer FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON feedback_answer USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON feedback_answer AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());
GRANT SELECT, INSERT ON feedback_answer TO liaison_app;

-- Events meant for named people (a reminder to those who have not answered): only they are told.
ALTER TABLE event ADD COLUMN recipient_user_ids uuid[];
