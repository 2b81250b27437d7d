-- Upload allowances (issue #15): the bytes each person and each workspace uploaded per UTC day,
-- so one account (or one workspace) cannot fill the file store. Counted at the HTTP edge when an
-- upload is read (platform/upload-allowance.ts), on the owner connection across processes:
-- liaison_app gets no grant, and row-level security with no policy refuses it anyway.
CREATE TABLE upload_allowance (
  -- `user:<id>` or `workspace:<id>`
  key text NOT NULL,
  day date NOT NULL,
  bytes bigint NOT NULL,
  PRIMARY KEY (key, day)
);
ALTER TABLE upload_allowance ENABLE ROW LEVEL SECURITY;
