-- Revenue 12 m in the workspace's reporting currency, kept in the KPI snapshot (issue #17) instead
-- of converted month by month, with a look-up of each month's rate, on every portfolio request:
-- 24,000 month rows for 2,000 distributors, about half of the portfolio's time. Recomputed with
-- the KPIs (refreshKpis) and for the whole workspace whenever its rates or its reporting currency
-- change (exchange-rates.queries.ts), in the same transaction.
ALTER TABLE distributor_kpi
  -- The currency the two columns below were converted into.
  ADD COLUMN reporting_currency char(3),
  -- Each month of the KPI window at that month's rate (docs/kpis.md); null without revenue.
  ADD COLUMN revenue_12m_converted numeric,
  -- The months with revenue in another currency and no rate ("THB 2026-10", comma-separated).
  ADD COLUMN missing_rates text;

-- Converts the snapshot of one distributor, or of every distributor of the workspace. As the
-- owner: a distributor's user whose report revision refreshes the KPIs may not read the
-- principal's rates, and must not store a conversion made without them.
CREATE FUNCTION liaison_convert_kpi_revenue(workspace uuid, only_distributor uuid)
RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  UPDATE distributor_kpi k
  SET (reporting_currency, revenue_12m_converted, missing_rates) = (
    SELECT s.currency,
      sum(CASE WHEN m.currency = s.currency THEN m.revenue ELSE m.revenue / r.rate END),
      string_agg(DISTINCT m.currency || ' ' || to_char(m.period, 'YYYY-MM'), ',')
        FILTER (WHERE m.currency <> s.currency AND r.rate IS NULL AND m.revenue <> 0)
    FROM distributor_month m
    LEFT JOIN exchange_rate r ON r.workspace_id = m.workspace_id
      AND r.reporting_currency = s.currency AND r.currency = m.currency AND r.month = m.period
    WHERE m.workspace_id = k.workspace_id AND m.distributor_id = k.distributor_id
      AND m.period > k.as_of - interval '12 months' AND m.period <= k.as_of)
  FROM (SELECT coalesce((SELECT reporting_currency FROM currency_settings
    WHERE workspace_id = workspace), 'EUR') AS currency) s
  WHERE k.workspace_id = workspace
    AND (only_distributor IS NULL OR k.distributor_id = only_distributor);
$$;

REVOKE ALL ON FUNCTION liaison_convert_kpi_revenue(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION liaison_convert_kpi_revenue(uuid, uuid) TO liaison_app;

SELECT liaison_convert_kpi_revenue(workspace_id, NULL)
FROM (SELECT DISTINCT workspace_id FROM distributor_kpi) w;
