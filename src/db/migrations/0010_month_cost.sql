-- A month's cost at the principal's unit costs, which distributors may not read: when the
-- distributor's own user submits a report, the month's cost is still computed, through this
-- function, which returns only the total and only for the caller's own relationship.
CREATE FUNCTION liaison_month_cost(p_distributor uuid, p_period date) RETURNS numeric
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT CASE WHEN bool_and(c.unit_cost IS NOT NULL OR s.units = 0)
              THEN sum(s.units * coalesce(c.unit_cost, 0)) END
  FROM sales_fact s
  JOIN distributor_month dm ON dm.workspace_id = s.workspace_id
    AND dm.distributor_id = s.distributor_id AND dm.period = s.period
  LEFT JOIN product_line_cost c ON c.workspace_id = s.workspace_id
    AND c.product_line_id = s.product_line_id AND c.currency = dm.currency
  WHERE s.workspace_id = liaison_workspace() AND s.distributor_id = p_distributor
    AND s.period = p_period
    AND (liaison_distributor() IS NULL OR p_distributor = liaison_distributor())
$$;
REVOKE ALL ON FUNCTION liaison_month_cost(uuid, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION liaison_month_cost(uuid, date) TO liaison_app;
