-- Amendment proposals (#16): a point either side raises against the charter version in force,
-- which the principal takes into a new draft or declines with a reason, and which its proposer
-- may withdraw while it is open. Both sides read them on the charter page.
CREATE TABLE charter_amendment (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  distributor_id uuid NOT NULL,
  -- Numbered per distributor: "proposal 3" names one in mail, notifications and the audit log.
  number integer NOT NULL,
  -- The signed version it was raised against.
  charter_version_id uuid NOT NULL,
  -- A charter section ('territory', 'carveOuts', …) or 'general'.
  section text NOT NULL CHECK (length(section) BETWEEN 1 AND 40),
  change text NOT NULL CHECK (length(change) BETWEEN 1 AND 4000),
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 4000),
  proposer_side text NOT NULL CHECK (proposer_side IN ('principal', 'distributor')),
  proposed_by uuid REFERENCES app_user (id),
  proposer_name text NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'drafted', 'declined', 'withdrawn')),
  -- The draft it was taken into.
  draft_version_id uuid,
  decline_reason text CHECK (length(decline_reason) <= 4000),
  answered_by uuid REFERENCES app_user (id),
  answerer_name text,
  answered_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, distributor_id, number),
  CHECK ((status = 'open') = (answered_at IS NULL)),
  -- Declining says why; drafting names the draft.
  CHECK (status <> 'declined' OR decline_reason IS NOT NULL),
  CHECK (status <> 'drafted' OR draft_version_id IS NOT NULL),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id),
  FOREIGN KEY (workspace_id, charter_version_id) REFERENCES charter_version (workspace_id, id),
  FOREIGN KEY (workspace_id, draft_version_id) REFERENCES charter_version (workspace_id, id)
);
CREATE INDEX charter_amendment_distributor_idx
  ON charter_amendment (workspace_id, distributor_id, status, created_at);

ALTER TABLE charter_amendment ENABLE ROW LEVEL SECURITY;
ALTER TABLE charter_amendment FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON charter_amendment USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON charter_amendment AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());
GRANT SELECT, INSERT, UPDATE ON charter_amendment TO liaison_app;
