-- The relationship playbook (#18): a workspace's checklist built from the seeds' steps, versioned
-- by its admin, and each distributor's state of every item with the history of its transitions.
-- Items with a rule code tick themselves from the data (playbook-rules.ts); the others are ticked
-- by a person of one side with a note, and a person of the other side may confirm.

-- A version of the workspace's playbook; none stored means the standard playbook (version 1).
CREATE TABLE playbook_version (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  version integer NOT NULL CHECK (version >= 1),
  created_by uuid REFERENCES app_user (id),
  creator_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, version)
);

CREATE TABLE playbook_item (
  workspace_id uuid NOT NULL,
  version_id uuid NOT NULL,
  -- Stable across versions: a distributor's state follows the item, not its position or text.
  item_key text NOT NULL CHECK (item_key ~ '^[a-z0-9_-]{1,60}$'),
  position integer NOT NULL CHECK (position >= 1),
  -- Set for items that tick themselves; an edit of the texts never changes it.
  rule_code text CHECK (length(rule_code) BETWEEN 1 AND 60),
  -- The rule's figure where it has one: meetings to hold, or the share answered in time (%).
  threshold integer CHECK (threshold BETWEEN 1 AND 1000),
  -- Texts written by the admin, by language: {"de": {"title": …, "criteria": …}}. Languages not
  -- written fall back to the standard item's translation, then to any written language.
  texts jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (workspace_id, version_id, item_key),
  UNIQUE (workspace_id, version_id, position),
  FOREIGN KEY (workspace_id, version_id) REFERENCES playbook_version (workspace_id, id)
);

-- Where each distributor stands on each item, as last evaluated.
CREATE TABLE playbook_state (
  workspace_id uuid NOT NULL,
  distributor_id uuid NOT NULL,
  item_key text NOT NULL,
  is_done boolean NOT NULL,
  -- When it last changed between done and open.
  since timestamptz NOT NULL,
  -- What proves it (or what is missing), as a message code with its values and a link.
  evidence jsonb,
  ticked_by uuid REFERENCES app_user (id),
  ticker_name text,
  ticker_side text CHECK (ticker_side IN ('principal', 'distributor')),
  note text CHECK (length(note) <= 2000),
  confirmed_by uuid REFERENCES app_user (id),
  confirmer_name text,
  confirmed_at timestamptz,
  checked_at timestamptz NOT NULL,
  PRIMARY KEY (workspace_id, distributor_id, item_key),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id)
);

-- Every change of an item between done and open: when, why, and the proof.
CREATE TABLE playbook_transition (
  workspace_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  distributor_id uuid NOT NULL,
  item_key text NOT NULL,
  is_done boolean NOT NULL,
  -- ticked_by_rule, unticked_by_rule, ticked, unticked, confirmed
  cause text NOT NULL CHECK (
    cause IN ('ticked_by_rule', 'unticked_by_rule', 'ticked', 'unticked', 'confirmed')
  ),
  evidence jsonb,
  note text CHECK (length(note) <= 2000),
  actor_user_id uuid REFERENCES app_user (id),
  actor_name text NOT NULL,
  at timestamptz NOT NULL,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id)
);
CREATE INDEX playbook_transition_distributor_idx
  ON playbook_transition (workspace_id, distributor_id, at DESC);

ALTER TABLE playbook_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE playbook_version FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON playbook_version USING (workspace_id = liaison_workspace());
GRANT SELECT, INSERT ON playbook_version TO liaison_app;

ALTER TABLE playbook_item ENABLE ROW LEVEL SECURITY;
ALTER TABLE playbook_item FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON playbook_item USING (workspace_id = liaison_workspace());
GRANT SELECT, INSERT ON playbook_item TO liaison_app;

ALTER TABLE playbook_state ENABLE ROW LEVEL SECURITY;
ALTER TABLE playbook_state FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON playbook_state USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON playbook_state AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());
GRANT SELECT, INSERT, UPDATE ON playbook_state TO liaison_app;

ALTER TABLE playbook_transition ENABLE ROW LEVEL SECURITY;
ALTER TABLE playbook_transition FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON playbook_transition USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON playbook_transition AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());
GRANT SELECT, INSERT ON playbook_transition TO liaison_app;
