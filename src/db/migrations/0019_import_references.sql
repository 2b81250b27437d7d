-- History comes in (issue #13): a distributor's reference in the principal's ERP (its customer
-- number), by which the order, report-history and interaction imports name it. Unique in the
-- workspace without regard to case, as ERPs and spreadsheets change the case of codes.
ALTER TABLE distributor
  ADD COLUMN external_ref text CHECK (external_ref IS NULL OR length(external_ref) BETWEEN 1 AND 100);
CREATE UNIQUE INDEX distributor_external_ref_key ON distributor (workspace_id, lower(external_ref))
  WHERE external_ref IS NOT NULL;

