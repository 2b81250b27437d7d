-- Communication between the principal and one distributor: threads of messages among people of
-- both sides, and interactions logged after they happened elsewhere (a call, a visit, a chat).
-- Response times per side are computed from both (src/communication/responsiveness.ts).

CREATE TABLE communication_thread (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  distributor_id uuid NOT NULL,
  subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
  created_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL,
  last_message_at timestamptz NOT NULL,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id)
);
CREATE INDEX communication_thread_distributor_idx
  ON communication_thread (workspace_id, distributor_id, last_message_at DESC);

-- Who takes part, with the name, address and language they had when added: a distributor's user
-- cannot read the principal's accounts, yet their messages are e-mailed to its participants.
CREATE TABLE communication_participant (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  thread_id uuid NOT NULL,
  user_id uuid NOT NULL REFERENCES app_user (id),
  distributor_id uuid NOT NULL,
  side text NOT NULL CHECK (side IN ('principal', 'distributor')),
  name text NOT NULL,
  email text NOT NULL,
  locale text NOT NULL,
  last_read_at timestamptz,
  PRIMARY KEY (workspace_id, thread_id, user_id),
  FOREIGN KEY (workspace_id, thread_id) REFERENCES communication_thread (workspace_id, id),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id)
);

CREATE TABLE communication_message (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  thread_id uuid NOT NULL,
  distributor_id uuid NOT NULL,
  author_user_id uuid REFERENCES app_user (id),
  author_name text NOT NULL,
  author_side text NOT NULL CHECK (author_side IN ('principal', 'distributor')),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, thread_id) REFERENCES communication_thread (workspace_id, id),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id)
);
CREATE INDEX communication_message_thread_idx
  ON communication_message (workspace_id, thread_id, created_at);
CREATE INDEX communication_message_distributor_idx
  ON communication_message (workspace_id, distributor_id, created_at);

-- Something that happened outside Liaison, logged by either side. `logged_by_side` decides who
-- may change it: a distributor's user never edits what the principal logged.
CREATE TABLE communication_interaction (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  distributor_id uuid NOT NULL,
  occurred_at timestamptz NOT NULL,
  direction text NOT NULL CHECK (direction IN ('inbound', 'outbound')),
  channel text NOT NULL
    CHECK (channel IN ('call', 'email', 'visit', 'whatsapp', 'other_chat', 'meeting')),
  contact_ids uuid[] NOT NULL DEFAULT '{}',
  summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 5000),
  replied_at timestamptz,
  logged_by_side text NOT NULL CHECK (logged_by_side IN ('principal', 'distributor')),
  created_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (workspace_id, id),
  CHECK (replied_at IS NULL OR replied_at >= occurred_at),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id)
);
CREATE INDEX communication_interaction_distributor_idx
  ON communication_interaction (workspace_id, distributor_id, occurred_at DESC);

ALTER TABLE communication_thread ENABLE ROW LEVEL SECURITY;
ALTER TABLE communication_thread FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON communication_thread USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON communication_thread AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());

ALTER TABLE communication_participant ENABLE ROW LEVEL SECURITY;
ALTER TABLE communication_participant FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON communication_participant USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON communication_participant AS RESTRICTIVE
  TO liaison_distributor_app USING (distributor_id = liaison_distributor());

ALTER TABLE communication_message ENABLE ROW LEVEL SECURITY;
ALTER TABLE communication_message FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON communication_message USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON communication_message AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());

ALTER TABLE communication_interaction ENABLE ROW LEVEL SECURITY;
ALTER TABLE communication_interaction FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON communication_interaction USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON communication_interaction AS RESTRICTIVE
  TO liaison_distributor_app USING (distributor_id = liaison_distributor());

GRANT SELECT, INSERT, UPDATE ON communication_thread, communication_participant,
  communication_message TO liaison_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON communication_interaction TO liaison_app;

-- A thread names people of both sides, also when a distributor's user starts it, who may not read
-- the principal's memberships. This function answers only for the ids asked, in the caller's
-- workspace, and only members a thread of the caller may name: the principal's, and the
-- caller's own distributor's (any distributor's for the principal).
CREATE FUNCTION liaison_thread_members(workspace uuid, user_ids uuid[])
RETURNS TABLE (user_id uuid, name text, email text, locale text, role text, distributor_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT u.id, u.name, u.email, u.locale, m.role, m.distributor_id
  FROM membership m
  JOIN app_user u ON u.id = m.user_id
  WHERE m.workspace_id = liaison_workspace() AND m.workspace_id = workspace
    AND m.user_id = ANY (user_ids)
    AND u.disabled_at IS NULL
    AND (m.distributor_id IS NULL OR liaison_distributor() IS NULL
         OR m.distributor_id = liaison_distributor())
$$;
REVOKE ALL ON FUNCTION liaison_thread_members(uuid, uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION liaison_thread_members(uuid, uuid[]) TO liaison_app;
