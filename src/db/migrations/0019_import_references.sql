-- History comes in (issue #13): a distributor's reference in the principal's ERP (its customer
-- number), by which the order, report-history and interaction imports name it. Unique in the
-- workspace without regard to case, as ERPs and spreadsheets change the case of codes.
ALTER TABLE distributor
  ADD COLUMN external_ref text CHECK (external_ref IS NULL OR length(external_ref) BETWEEN 1 AND 100);
CREATE UNIQUE INDEX distributor_external_ref_key ON distributor (workspace_id, lower(external_ref))
  WHERE external_ref IS NOT NULL;


-- The orders KPI beside the reported ones (docs/kpis.md): net order value of the last 12 months,
-- its growth against the 12 before, in the distributor's main order currency.
ALTER TABLE distributor_kpi
  ADD COLUMN order_growth numeric,
  ADD COLUMN order_value_12m numeric(18, 2),
  ADD COLUMN order_currency char(3);
