-- A tamper-evident audit log (issue #15): each workspace's entries are sealed, in order, into a
-- hash chain; each sealed entry holds its place (chain_seq) and the SHA-256 of the entry before it
-- and of itself (chain_hash). A change to a sealed entry breaks its hash, a deletion leaves a gap
-- in the places, and the head (the last place and hash) shows a deleted tail. Sealing runs every
-- minute as the owner (platform jobs); liaison_app may still only insert and read audit rows.
ALTER TABLE audit_log ADD COLUMN chain_seq bigint, ADD COLUMN chain_hash text;
CREATE UNIQUE INDEX audit_log_chain_idx ON audit_log (workspace_id, chain_seq);
CREATE INDEX audit_log_unsealed_idx ON audit_log (workspace_id, id) WHERE chain_seq IS NULL;

CREATE TABLE audit_chain_head (
  workspace_id uuid PRIMARY KEY REFERENCES workspace (id),
  seq bigint NOT NULL,
  hash text NOT NULL,
  sealed_at timestamptz NOT NULL
);
ALTER TABLE audit_chain_head ENABLE ROW LEVEL SECURITY;
