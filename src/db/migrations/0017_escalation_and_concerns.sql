-- Escalation (issue #13): the steps the principal took up a distributor's ladder (another contact,
-- a visit, a formal concern), the waits before the next rung is proposed, and the formal written
-- performance concerns. Steps and settings are the principal's own; a concern becomes the
-- distributor's to read, acknowledge and answer once it is sent, and never changes after that.

CREATE TABLE escalation_settings (
  workspace_id uuid PRIMARY KEY REFERENCES workspace (id),
  settings jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE escalation_action (
  workspace_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  distributor_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('contact', 'visit', 'concern')),
  -- The contact reached (kind contact); the name is kept as it was, should the contact go.
  contact_id uuid,
  contact_name text,
  concern_id uuid,
  taken_at timestamptz NOT NULL,
  note text,
  recorded_by_user_id uuid,
  recorded_by_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id),
  CHECK ((kind = 'contact') = (contact_id IS NOT NULL))
);
CREATE INDEX escalation_action_distributor_idx
  ON escalation_action (workspace_id, distributor_id, taken_at DESC);

CREATE TABLE performance_concern (
  workspace_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  distributor_id uuid NOT NULL,
  -- 1, 2, 3 … per distributor: "Concern 2" in both languages.
  number integer NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent')),
  as_of date NOT NULL,
  -- The catalogue language beside English (vi, th, zh, de), or null for English alone.
  second_language text,
  subject text NOT NULL,
  body text NOT NULL,
  subject_translation text,
  body_translation text,
  -- Evidence as it stood when drafted: the signals (kind, severity, params, evidence paths) and
  -- the charter clauses cited. Kept with the concern for a dispute file.
  signals jsonb NOT NULL,
  citations jsonb NOT NULL,
  response_days integer NOT NULL CHECK (response_days BETWEEN 1 AND 90),
  created_by_user_id uuid,
  created_by_name text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  sent_at timestamptz,
  sent_by_user_id uuid,
  sent_by_name text,
  response_due_on date,
  recipients jsonb,
  document_pdf bytea,
  document_sha256 text,
  acknowledged_at timestamptz,
  acknowledged_by_user_id uuid,
  acknowledged_by_name text,
  response text,
  responded_at timestamptz,
  responded_by_user_id uuid,
  responded_by_name text,
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, distributor_id, number),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id),
  CHECK (status = 'draft' OR (sent_at IS NOT NULL AND document_pdf IS NOT NULL))
);

-- What was sent stays as it was sent: only the distributor's acknowledgement and response may be
-- added to a sent concern, each once, and a sent concern is never deleted.
CREATE FUNCTION liaison_keep_sent_concern() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status = 'sent' THEN
      RAISE EXCEPTION 'a sent concern is kept' USING ERRCODE = 'check_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status = 'sent' AND (
    (to_jsonb(NEW) - ARRAY['acknowledged_at', 'acknowledged_by_user_id', 'acknowledged_by_name',
      'response', 'responded_at', 'responded_by_user_id', 'responded_by_name'])
    IS DISTINCT FROM
    (to_jsonb(OLD) - ARRAY['acknowledged_at', 'acknowledged_by_user_id', 'acknowledged_by_name',
      'response', 'responded_at', 'responded_by_user_id', 'responded_by_name'])
    OR (OLD.acknowledged_at IS NOT NULL AND NEW.acknowledged_at IS DISTINCT FROM OLD.acknowledged_at)
    OR (OLD.responded_at IS NOT NULL AND (NEW.responded_at IS DISTINCT FROM OLD.responded_at
      OR NEW.response IS DISTINCT FROM OLD.response))
  ) THEN
    RAISE EXCEPTION 'a sent concern is kept as sent' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER performance_concern_kept BEFORE UPDATE OR DELETE ON performance_concern
  FOR EACH ROW EXECUTE FUNCTION liaison_keep_sent_concern();

ALTER TABLE escalation_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE escalation_settings FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON escalation_settings USING (workspace_id = liaison_workspace());
CREATE POLICY principal_only ON escalation_settings AS RESTRICTIVE TO liaison_distributor_app
  USING (false);

ALTER TABLE escalation_action ENABLE ROW LEVEL SECURITY;
ALTER TABLE escalation_action FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON escalation_action USING (workspace_id = liaison_workspace());
-- The principal's steps up the ladder are its own: a distributor's user matches no row.
CREATE POLICY principal_only ON escalation_action AS RESTRICTIVE TO liaison_distributor_app
  USING (false);

ALTER TABLE performance_concern ENABLE ROW LEVEL SECURITY;
ALTER TABLE performance_concern FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON performance_concern USING (workspace_id = liaison_workspace());
-- A distributor's user sees its own distributor's concerns once sent, never a draft.
CREATE POLICY distributor_scope ON performance_concern AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor() AND status = 'sent');

GRANT SELECT, INSERT, UPDATE ON escalation_settings TO liaison_app;
GRANT SELECT, INSERT ON escalation_action TO liaison_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON performance_concern TO liaison_app;

-- Files sent with a mail (a concern's PDF): [{ fileName, contentType, contentBase64 }].
ALTER TABLE outbox_email ADD COLUMN attachments jsonb;
