-- Who may close, drop and reopen action items, and the history of each change; why a meeting was
-- cancelled or skipped, and by whom; new times one side proposes and the other accepts (#16).

-- Every status change of an action item, kept for both sides to read: from, to, why, who, when.
CREATE TABLE action_item_event (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  distributor_id uuid NOT NULL,
  action_item_id uuid NOT NULL,
  from_status text NOT NULL CHECK (from_status IN ('open', 'done', 'dropped')),
  to_status text NOT NULL CHECK (to_status IN ('open', 'done', 'dropped')),
  reason text CHECK (length(reason) <= 1000),
  actor_user_id uuid REFERENCES app_user (id),
  -- The name as it was: a distributor's user cannot read the principal's accounts, and the
  -- history should not change when someone renames themselves or leaves.
  actor_name text,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  CHECK (from_status <> to_status),
  -- Dropping says why: the other side reads it instead of seeing the item vanish.
  CHECK (to_status <> 'dropped' OR reason IS NOT NULL),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id),
  FOREIGN KEY (workspace_id, action_item_id) REFERENCES action_item (workspace_id, id)
);
CREATE INDEX action_item_event_item_idx
  ON action_item_event (workspace_id, action_item_id, occurred_at);

ALTER TABLE action_item_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE action_item_event FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON action_item_event USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON action_item_event AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());
-- A history: written once, never changed.
GRANT SELECT, INSERT ON action_item_event TO liaison_app;

-- Why a meeting was cancelled or skipped, by whom and when; both sides read it on the meeting.
ALTER TABLE meeting
  ADD COLUMN status_reason text CHECK (length(status_reason) <= 1000),
  ADD COLUMN status_changed_by uuid REFERENCES app_user (id),
  ADD COLUMN status_changed_by_name text,
  ADD COLUMN status_changed_at timestamptz;

-- A new time one side proposes for a meeting; the other side accepts (the meeting moves) or
-- declines it, and the proposer may withdraw it while it waits. One waits per meeting at most.
CREATE TABLE meeting_time_proposal (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  distributor_id uuid NOT NULL,
  meeting_id uuid NOT NULL,
  proposed_starts_at timestamptz NOT NULL,
  -- The meeting's time when proposed: what the answer moves it from.
  previous_starts_at timestamptz NOT NULL,
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
  proposed_by uuid REFERENCES app_user (id),
  proposed_by_name text,
  proposer_side text NOT NULL CHECK (proposer_side IN ('principal', 'distributor')),
  status text NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'accepted', 'declined', 'withdrawn')),
  answer_note text CHECK (length(answer_note) <= 1000),
  answered_by uuid REFERENCES app_user (id),
  answered_by_name text,
  answered_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  CHECK ((status = 'pending') = (answered_at IS NULL)),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id),
  FOREIGN KEY (workspace_id, meeting_id) REFERENCES meeting (workspace_id, id)
);
CREATE UNIQUE INDEX meeting_time_proposal_pending_idx
  ON meeting_time_proposal (workspace_id, meeting_id) WHERE status = 'pending';
CREATE INDEX meeting_time_proposal_meeting_idx
  ON meeting_time_proposal (workspace_id, meeting_id, created_at);

ALTER TABLE meeting_time_proposal ENABLE ROW LEVEL SECURITY;
ALTER TABLE meeting_time_proposal FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON meeting_time_proposal USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON meeting_time_proposal AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());
GRANT SELECT, INSERT, UPDATE ON meeting_time_proposal TO liaison_app;
