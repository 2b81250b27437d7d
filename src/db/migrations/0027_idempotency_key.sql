-- Idempotency keys (issue #15): a creating POST sent again with the same Idempotency-Key (a client
-- retrying after a timeout) gets the first answer instead of creating a second record. Kept 24
-- hours per workspace and person. Read and written only by the owner connection at the HTTP edge
-- (platform/idempotency.ts): liaison_app gets no grant, and row-level security with no policy
-- refuses it anyway.
CREATE TABLE idempotency_key (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  caller text NOT NULL,
  key text NOT NULL,
  -- SHA-256 of the method, path and body: the same key with another request is refused.
  request_hash text NOT NULL,
  -- Null while the first request is still running.
  status_code integer,
  content_type text,
  response_body text,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (workspace_id, caller, key)
);
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);
ALTER TABLE idempotency_key ENABLE ROW LEVEL SECURITY;
