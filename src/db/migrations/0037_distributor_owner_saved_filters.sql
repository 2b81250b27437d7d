-- An account owner per distributor and saved directory filters (#16).
--
-- The owner is a principal member of the workspace who answers for the relationship. It points
-- at the membership, so only a member can be named; a member who leaves stops owning (the owner
-- is cleared, the distributor stays). Whether the member is on the principal's side is checked by
-- the service, which names the rule in its error.
ALTER TABLE distributor ADD COLUMN owner_user_id uuid;
ALTER TABLE distributor ADD CONSTRAINT distributor_owner_fkey
  FOREIGN KEY (workspace_id, owner_user_id) REFERENCES membership (workspace_id, user_id)
  ON DELETE SET NULL (owner_user_id)
  -- Deferrable: membership names a distributor too, so this key closes a cycle, which a restore
  -- loads with the keys deferred to its commit (src/db/catalog.ts).
  DEFERRABLE INITIALLY IMMEDIATE;
CREATE INDEX distributor_owner_idx ON distributor (workspace_id, owner_user_id)
  WHERE owner_user_id IS NOT NULL;

-- A person's named views of a list page: the page's URL query under a name. Each person reads
-- and writes only their own; a distributor's user has none (their directory is one row).
CREATE TABLE saved_filter (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES app_user (id),
  page_key text NOT NULL CHECK (page_key IN ('directory')),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  query text NOT NULL CHECK (length(query) <= 2000),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id)
);
CREATE UNIQUE INDEX saved_filter_name_key
  ON saved_filter (workspace_id, user_id, page_key, lower(name));

ALTER TABLE saved_filter ENABLE ROW LEVEL SECURITY;
ALTER TABLE saved_filter FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON saved_filter USING (workspace_id = liaison_workspace());
CREATE POLICY own_filters ON saved_filter AS RESTRICTIVE USING (user_id = liaison_user());
CREATE POLICY distributor_scope ON saved_filter AS RESTRICTIVE TO liaison_distributor_app
  USING (false);
GRANT SELECT, INSERT, UPDATE, DELETE ON saved_filter TO liaison_app;
