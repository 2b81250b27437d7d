-- The distributor's monthly report, targets, and the summaries the scorecards and the portfolio
-- read. Reports keep every revision; the facts and summaries hold the latest one, kept up to date
-- in the transaction that stores a revision, so no request reads raw rows across months.

-- Each distributor reports in one currency; targets use it too. Ratios compare across the
-- portfolio, amounts never are summed across currencies.
ALTER TABLE distributor
  ADD COLUMN report_currency char(3) NOT NULL DEFAULT 'EUR' CHECK (report_currency ~ '^[A-Z]{3}$');

CREATE TABLE monthly_report (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  distributor_id uuid NOT NULL,
  -- The first day of the month reported.
  period date NOT NULL CHECK (extract(day FROM period) = 1),
  currency char(3) NOT NULL,
  status text NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'submitted', 'changes_requested', 'accepted')),
  -- What the portal saved while typing; may be incomplete. Never counted in any figure.
  draft jsonb,
  draft_saved_at timestamptz,
  -- The latest submitted revision (0: not submitted yet).
  revision integer NOT NULL DEFAULT 0,
  due_on date NOT NULL,
  first_submitted_at timestamptz,
  submitted_at timestamptz,
  reviewed_at timestamptz,
  reviewed_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, distributor_id, period),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id)
);
CREATE INDEX monthly_report_due_idx ON monthly_report (workspace_id, status, due_on);

-- Every submitted version, never changed: corrections are new revisions.
CREATE TABLE monthly_report_revision (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  report_id uuid NOT NULL,
  revision integer NOT NULL CHECK (revision > 0),
  content jsonb NOT NULL,
  source text NOT NULL CHECK (source IN ('portal', 'xlsx', 'csv', 'api')),
  file_name text,
  -- SHA-256 of the uploaded file or of the canonical content: the same upload twice is one revision.
  content_hash text NOT NULL,
  created_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, report_id, revision),
  FOREIGN KEY (workspace_id, report_id) REFERENCES monthly_report (workspace_id, id)
);

-- The review conversation: submissions, comments, acceptance, requests for changes.
CREATE TABLE monthly_report_event (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  report_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('submitted', 'revised', 'comment', 'accepted', 'changes_requested')),
  revision integer,
  body text,
  actor_user_id uuid REFERENCES app_user (id),
  actor_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, report_id) REFERENCES monthly_report (workspace_id, id)
);
CREATE INDEX monthly_report_event_report_idx ON monthly_report_event (workspace_id, report_id, created_at);

-- Facts of each report's latest revision, one row per product line.
CREATE TABLE sales_fact (
  workspace_id uuid NOT NULL,
  distributor_id uuid NOT NULL,
  period date NOT NULL,
  product_line_id uuid NOT NULL,
  units bigint NOT NULL CHECK (units >= 0),
  revenue numeric(16, 2) NOT NULL CHECK (revenue >= 0),
  units_on_hand bigint CHECK (units_on_hand >= 0),
  PRIMARY KEY (workspace_id, distributor_id, period, product_line_id),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id),
  FOREIGN KEY (workspace_id, product_line_id) REFERENCES product_line (workspace_id, id)
);

-- Targets per distributor, product line (NULL: all lines) and period; set by the principal.
CREATE TABLE sales_target (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  distributor_id uuid NOT NULL,
  product_line_id uuid,
  period_kind text NOT NULL CHECK (period_kind IN ('month', 'quarter', 'year')),
  -- The first day of the month, quarter or year.
  period date NOT NULL,
  revenue numeric(16, 2) NOT NULL CHECK (revenue >= 0),
  units bigint CHECK (units >= 0),
  created_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  CHECK (extract(day FROM period) = 1),
  CHECK (period_kind <> 'quarter' OR extract(month FROM period) IN (1, 4, 7, 10)),
  CHECK (period_kind <> 'year' OR extract(month FROM period) = 1),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id),
  FOREIGN KEY (workspace_id, product_line_id) REFERENCES product_line (workspace_id, id)
);
CREATE UNIQUE INDEX sales_target_key ON sales_target (workspace_id, distributor_id,
  coalesce(product_line_id, '00000000-0000-0000-0000-000000000000'), period_kind, period);

-- The principal's unit cost per product line, for margins; never shown to distributors.
CREATE TABLE product_line_cost (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  product_line_id uuid NOT NULL,
  currency char(3) NOT NULL,
  unit_cost numeric(16, 4) NOT NULL CHECK (unit_cost >= 0),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, product_line_id, currency),
  FOREIGN KEY (workspace_id, product_line_id) REFERENCES product_line (workspace_id, id)
);

-- One row per distributor and month: what the scorecard's 36-month trends and every KPI read.
CREATE TABLE distributor_month (
  workspace_id uuid NOT NULL,
  distributor_id uuid NOT NULL,
  period date NOT NULL,
  currency char(3) NOT NULL,
  revenue numeric(16, 2) NOT NULL DEFAULT 0,
  units bigint NOT NULL DEFAULT 0,
  units_on_hand bigint,
  -- The month's share of the targets (a quarter's third, a year's twelfth when no month is set).
  target_revenue numeric(16, 2),
  -- Units sold at the principal's unit cost, where it is recorded for every line sold.
  cost numeric(16, 2),
  complaints integer,
  returns integer,
  satisfaction numeric(4, 2),
  pipeline_value numeric(16, 2),
  report_due_on date,
  report_submitted_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, distributor_id, period),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id)
);

-- Each distributor's current KPIs and tier: the portfolio view reads one row per distributor.
CREATE TABLE distributor_kpi (
  workspace_id uuid NOT NULL,
  distributor_id uuid NOT NULL,
  as_of date NOT NULL,
  attainment numeric,
  growth numeric,
  sell_through numeric,
  inventory_turns numeric,
  weeks_of_cover numeric,
  cover_commitment_weeks numeric,
  timeliness numeric,
  meetings_held numeric,
  notes_on_time numeric,
  actions_on_time numeric,
  complaints integer,
  returns integer,
  satisfaction numeric,
  margin numeric,
  revenue_12m numeric(18, 2),
  currency char(3),
  tier text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, distributor_id),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id)
);

-- Tier criteria per workspace, first match wins: [{"tier": "A", "minAttainment": 1.0, …}, …].
CREATE TABLE portfolio_settings (
  workspace_id uuid PRIMARY KEY REFERENCES workspace (id),
  tier_rules jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE monthly_report ENABLE ROW LEVEL SECURITY;
ALTER TABLE monthly_report FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON monthly_report USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON monthly_report AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());

-- Revisions and events reach their distributor through the report.
ALTER TABLE monthly_report_revision ENABLE ROW LEVEL SECURITY;
ALTER TABLE monthly_report_revision FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON monthly_report_revision USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON monthly_report_revision AS RESTRICTIVE TO liaison_distributor_app
  USING (EXISTS (SELECT 1 FROM monthly_report r WHERE r.workspace_id = monthly_report_revision.workspace_id
    AND r.id = monthly_report_revision.report_id));

ALTER TABLE monthly_report_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE monthly_report_event FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON monthly_report_event USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON monthly_report_event AS RESTRICTIVE TO liaison_distributor_app
  USING (EXISTS (SELECT 1 FROM monthly_report r WHERE r.workspace_id = monthly_report_event.workspace_id
    AND r.id = monthly_report_event.report_id));

ALTER TABLE sales_fact ENABLE ROW LEVEL SECURITY;
ALTER TABLE sales_fact FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON sales_fact USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON sales_fact AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());

ALTER TABLE sales_target ENABLE ROW LEVEL SECURITY;
ALTER TABLE sales_target FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON sales_target USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON sales_target AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());

ALTER TABLE product_line_cost ENABLE ROW LEVEL SECURITY;
ALTER TABLE product_line_cost FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON product_line_cost USING (workspace_id = liaison_workspace());
CREATE POLICY principal_only ON product_line_cost AS RESTRICTIVE TO liaison_distributor_app
  USING (false);

ALTER TABLE distributor_month ENABLE ROW LEVEL SECURITY;
ALTER TABLE distributor_month FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON distributor_month USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON distributor_month AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());

ALTER TABLE distributor_kpi ENABLE ROW LEVEL SECURITY;
ALTER TABLE distributor_kpi FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON distributor_kpi USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON distributor_kpi AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());

ALTER TABLE portfolio_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE portfolio_settings FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON portfolio_settings USING (workspace_id = liaison_workspace());
CREATE POLICY principal_only ON portfolio_settings AS RESTRICTIVE TO liaison_distributor_app
  USING (false);

GRANT SELECT, INSERT, UPDATE ON monthly_report, distributor_month, distributor_kpi,
  portfolio_settings, product_line_cost, sales_target TO liaison_app;
GRANT SELECT, INSERT ON monthly_report_revision, monthly_report_event TO liaison_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON sales_fact TO liaison_app;
GRANT DELETE ON sales_target, product_line_cost TO liaison_app;
