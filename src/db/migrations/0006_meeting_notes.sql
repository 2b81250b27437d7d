-- Meetings, notes and action items: each meeting's agenda, attendance and notes (due 24 hours
-- after it ends), the action items agreed in it, and the invitations e-mailed for it.

-- Agenda templates per meeting kind ({"weekly": ["Orders", …]}); the default note-taker.
ALTER TABLE cadence_plan
  ADD COLUMN agendas jsonb NOT NULL DEFAULT '{}',
  ADD COLUMN note_taker_contact_id uuid,
  ADD CONSTRAINT cadence_plan_note_taker_fk FOREIGN KEY (workspace_id, note_taker_contact_id)
    REFERENCES contact (workspace_id, id);

ALTER TABLE meeting
  -- The agenda as it stood when the meeting was planned; edited per meeting afterwards.
  ADD COLUMN agenda jsonb,
  ADD COLUMN note_taker_contact_id uuid,
  -- [{"contactId": …, "present": true}], recorded with the notes.
  ADD COLUMN attendance jsonb NOT NULL DEFAULT '[]',
  ADD COLUMN notes text,
  ADD COLUMN notes_published_at timestamptz,
  ADD COLUMN notes_published_by uuid REFERENCES app_user (id),
  -- The reminder at the meeting's end and the notice once the notes are overdue, each sent once.
  ADD COLUMN notes_reminded_at timestamptz,
  ADD COLUMN notes_overdue_notified_at timestamptz,
  -- The SEQUENCE attendees were last e-mailed (NULL: never invited).
  ADD COLUMN invited_sequence integer,
  ADD CONSTRAINT meeting_note_taker_fk FOREIGN KEY (workspace_id, note_taker_contact_id)
    REFERENCES contact (workspace_id, id);

-- The hourly jobs look for meetings whose notes are still to come and invitations still to send.
CREATE INDEX meeting_notes_pending_idx ON meeting (starts_at)
  WHERE notes_published_at IS NULL AND status IN ('scheduled', 'held');
CREATE INDEX meeting_invitation_pending_idx ON meeting (starts_at)
  WHERE invited_sequence IS DISTINCT FROM sequence;

-- An action item belongs to a relationship and usually to the meeting that agreed it. Its owner is
-- a contact of either side: people are matched to their own items by e-mail, as calendar feeds are.
CREATE TABLE action_item (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  distributor_id uuid NOT NULL,
  meeting_id uuid,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
  owner_contact_id uuid NOT NULL,
  due_on date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
  closed_at timestamptz,
  created_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  CHECK ((status = 'open') = (closed_at IS NULL)),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id),
  FOREIGN KEY (workspace_id, meeting_id) REFERENCES meeting (workspace_id, id),
  FOREIGN KEY (workspace_id, owner_contact_id) REFERENCES contact (workspace_id, id)
);
CREATE INDEX action_item_distributor_idx ON action_item (workspace_id, distributor_id, due_on);
CREATE INDEX action_item_meeting_idx ON action_item (workspace_id, meeting_id);
CREATE INDEX action_item_open_idx ON action_item (workspace_id, due_on) WHERE status = 'open';

ALTER TABLE action_item ENABLE ROW LEVEL SECURITY;
ALTER TABLE action_item FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON action_item USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON action_item AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());
GRANT SELECT, INSERT, UPDATE ON action_item TO liaison_app;

-- Invitations carry an iCalendar object (METHOD:REQUEST or CANCEL) besides their text.
ALTER TABLE outbox_email
  ADD COLUMN ical_method text CHECK (ical_method IN ('REQUEST', 'CANCEL')),
  ADD COLUMN ical_content text,
  ADD CONSTRAINT outbox_email_ical CHECK ((ical_method IS NULL) = (ical_content IS NULL));

-- A distributor's user may queue mail (meeting notes they publish go to every attendee) but still
-- reads none: the restrictive policy now covers reading and changing, not inserting. Without
-- SELECT, INSERT … RETURNING fails, so queueMail() names the row's id itself.
DROP POLICY distributor_scope ON outbox_email;
CREATE POLICY distributor_read ON outbox_email AS RESTRICTIVE FOR SELECT TO liaison_distributor_app
  USING (false);
CREATE POLICY distributor_update ON outbox_email AS RESTRICTIVE FOR UPDATE TO liaison_distributor_app
  USING (false);
CREATE POLICY distributor_delete ON outbox_email AS RESTRICTIVE FOR DELETE TO liaison_distributor_app
  USING (false);
