-- Reminders of monthly reports: one before the due date, then one a week while it is overdue.
-- A row per distributor, month and kind remembers when that reminder last went out.
CREATE TABLE report_reminder (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  distributor_id uuid NOT NULL,
  period date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('before', 'overdue')),
  sent_at timestamptz NOT NULL,
  PRIMARY KEY (workspace_id, distributor_id, period, kind),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id)
);
ALTER TABLE report_reminder ENABLE ROW LEVEL SECURITY;
ALTER TABLE report_reminder FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON report_reminder USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON report_reminder AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());
GRANT SELECT ON report_reminder TO liaison_app;
