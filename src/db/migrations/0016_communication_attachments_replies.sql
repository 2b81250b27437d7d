-- Communication, second slice: attachments on messages, a priority on threads (it sets the
-- response time the charter's protocol expects), and a Reply-To address on outgoing mail (the
-- signed address a reply to a message notification comes back to).

-- Files uploaded with a message, kept in the database (docs/decisions.md: one backup, the same
-- row-level security as the message, and stored in the message's own transaction).
CREATE TABLE communication_attachment (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  thread_id uuid NOT NULL,
  message_id uuid NOT NULL,
  distributor_id uuid NOT NULL,
  position smallint NOT NULL,
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  content_type text NOT NULL,
  size_bytes integer NOT NULL CHECK (size_bytes > 0),
  content bytea NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, thread_id) REFERENCES communication_thread (workspace_id, id),
  FOREIGN KEY (workspace_id, message_id) REFERENCES communication_message (workspace_id, id),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id)
);
CREATE INDEX communication_attachment_message_idx
  ON communication_attachment (workspace_id, thread_id, message_id);

ALTER TABLE communication_attachment ENABLE ROW LEVEL SECURITY;
ALTER TABLE communication_attachment FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON communication_attachment USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON communication_attachment AS RESTRICTIVE
  TO liaison_distributor_app USING (distributor_id = liaison_distributor());
GRANT SELECT, INSERT ON communication_attachment TO liaison_app;

ALTER TABLE communication_thread
  ADD COLUMN priority text NOT NULL DEFAULT 'normal'
  CHECK (priority IN ('urgent', 'high', 'normal'));

-- A reply by e-mail names its thread by id alone; the workspace comes from the thread.
CREATE INDEX communication_thread_id_idx ON communication_thread (id);

ALTER TABLE outbox_email ADD COLUMN reply_to text;

-- The people a thread with one distributor may name, for the "New thread" form: the principal's
-- members and that distributor's. A distributor's user may not read the principal's memberships,
-- so this answers (names and sides only, no addresses) for the caller's own distributor alone.
CREATE FUNCTION liaison_thread_candidates(workspace uuid, distributor uuid)
RETURNS TABLE (user_id uuid, name text, role text, distributor_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT u.id, u.name, m.role, m.distributor_id
  FROM membership m
  JOIN app_user u ON u.id = m.user_id
  WHERE m.workspace_id = liaison_workspace() AND m.workspace_id = workspace
    AND u.disabled_at IS NULL
    AND (m.distributor_id IS NULL OR m.distributor_id = distributor)
    AND (liaison_distributor() IS NULL OR liaison_distributor() = distributor)
  ORDER BY u.name, u.id
$$;
REVOKE ALL ON FUNCTION liaison_thread_candidates(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION liaison_thread_candidates(uuid, uuid) TO liaison_app;
