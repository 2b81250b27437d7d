-- Reminders of a formal concern's response deadline (issue #13): to the distributor's admins two
-- days before it, then once a week while the answer is overdue (four weeks at most); the first
-- overdue one also tells the principal's people who drafted and sent it. A row per concern and
-- kind remembers when that reminder last went out.
CREATE TABLE concern_reminder (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  concern_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('before', 'overdue')),
  sent_at timestamptz NOT NULL,
  PRIMARY KEY (workspace_id, concern_id, kind),
  FOREIGN KEY (workspace_id, concern_id) REFERENCES performance_concern (workspace_id, id)
);
ALTER TABLE concern_reminder ENABLE ROW LEVEL SECURITY;
ALTER TABLE concern_reminder FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON concern_reminder USING (workspace_id = liaison_workspace());
-- The principal's bookkeeping: a distributor's users never read it.
CREATE POLICY distributor_scope ON concern_reminder AS RESTRICTIVE TO liaison_distributor_app
  USING (false);
GRANT SELECT, INSERT, UPDATE ON concern_reminder TO liaison_app;
