-- Each distributor's orders month by month (issue #13, the early warnings' scan): what a scan of
-- the whole portfolio reads instead of every order line of a year and a half. Kept by triggers on
-- order_line, so every writer (the import, the demo, a bench's bulk load, a later API) keeps it
-- right in the same statement, and nobody writes it by hand.
CREATE TABLE order_month (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  distributor_id uuid NOT NULL,
  -- The month's first day.
  month date NOT NULL,
  net_value numeric(18, 2) NOT NULL,
  -- Days with an order, and the first and last of them.
  order_days integer NOT NULL,
  first_day date NOT NULL,
  last_day date NOT NULL,
  -- Bytewise lowest and highest currency ordered in: equal when one currency.
  low_currency char(3) NOT NULL,
  high_currency char(3) NOT NULL,
  PRIMARY KEY (workspace_id, distributor_id, month),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id)
);

-- Recomputes the given months from their order lines: upserts those with lines, drops the others.
-- As the owner, so whoever writes an order line, the month is summed from all of its lines.
CREATE FUNCTION liaison_rebuild_order_months(workspaces uuid[], distributors uuid[], months date[])
RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  INSERT INTO order_month AS m (workspace_id, distributor_id, month, net_value, order_days,
    first_day, last_day, low_currency, high_currency)
  SELECT k.workspace_id, k.distributor_id, k.month, sum(o.net_value),
    count(DISTINCT o.ordered_on), min(o.ordered_on), max(o.ordered_on),
    min(o.currency COLLATE "C"), max(o.currency COLLATE "C")
  FROM unnest(workspaces, distributors, months) AS k (workspace_id, distributor_id, month)
  JOIN order_line o ON o.workspace_id = k.workspace_id AND o.distributor_id = k.distributor_id
    AND o.ordered_on >= k.month AND o.ordered_on < (k.month + interval '1 month')::date
  GROUP BY k.workspace_id, k.distributor_id, k.month
  ON CONFLICT (workspace_id, distributor_id, month) DO UPDATE SET net_value = excluded.net_value,
    order_days = excluded.order_days, first_day = excluded.first_day,
    last_day = excluded.last_day, low_currency = excluded.low_currency,
    high_currency = excluded.high_currency;
  DELETE FROM order_month m
  USING unnest(workspaces, distributors, months) AS k (workspace_id, distributor_id, month)
  WHERE m.workspace_id = k.workspace_id AND m.distributor_id = k.distributor_id
    AND m.month = k.month
    AND NOT EXISTS (SELECT 1 FROM order_line o WHERE o.workspace_id = k.workspace_id
      AND o.distributor_id = k.distributor_id AND o.ordered_on >= k.month
      AND o.ordered_on < (k.month + interval '1 month')::date);
$$;

REVOKE ALL ON FUNCTION liaison_rebuild_order_months(uuid[], uuid[], date[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION liaison_rebuild_order_months(uuid[], uuid[], date[]) TO liaison_app;

-- One statement-level trigger per kind of change: the months its rows touched, once each.
CREATE FUNCTION liaison_order_lines_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  workspaces uuid[];
  distributors uuid[];
  months date[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(workspace_id), array_agg(distributor_id), array_agg(month)
      INTO workspaces, distributors, months
      FROM (SELECT DISTINCT workspace_id, distributor_id,
          ordered_on - (extract(day FROM ordered_on)::int - 1) AS month FROM new_rows) k;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(workspace_id), array_agg(distributor_id), array_agg(month)
      INTO workspaces, distributors, months
      FROM (SELECT DISTINCT workspace_id, distributor_id,
          ordered_on - (extract(day FROM ordered_on)::int - 1) AS month FROM old_rows) k;
  ELSE
    SELECT array_agg(workspace_id), array_agg(distributor_id), array_agg(month)
      INTO workspaces, distributors, months
      FROM (SELECT workspace_id, distributor_id,
          ordered_on - (extract(day FROM ordered_on)::int - 1) AS month FROM old_rows
        UNION
        SELECT workspace_id, distributor_id,
          ordered_on - (extract(day FROM ordered_on)::int - 1) FROM new_rows) k;
  END IF;
  IF workspaces IS NOT NULL THEN
    PERFORM liaison_rebuild_order_months(workspaces, distributors, months);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER order_months_after_insert AFTER INSERT ON order_line
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION liaison_order_lines_changed();
CREATE TRIGGER order_months_after_update AFTER UPDATE ON order_line
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION liaison_order_lines_changed();
CREATE TRIGGER order_months_after_delete AFTER DELETE ON order_line
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION liaison_order_lines_changed();

-- The orders already imported.
INSERT INTO order_month (workspace_id, distributor_id, month, net_value, order_days, first_day,
  last_day, low_currency, high_currency)
SELECT workspace_id, distributor_id, ordered_on - (extract(day FROM ordered_on)::int - 1),
  sum(net_value), count(DISTINCT ordered_on), min(ordered_on), max(ordered_on),
  min(currency COLLATE "C"), max(currency COLLATE "C")
FROM order_line
GROUP BY workspace_id, distributor_id, ordered_on - (extract(day FROM ordered_on)::int - 1);

ALTER TABLE order_month ENABLE ROW LEVEL SECURITY;
ALTER TABLE order_month FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON order_month USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON order_month AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());
GRANT SELECT, INSERT, UPDATE, DELETE ON order_month TO liaison_app;

-- The order lines of one month across the workspace (the scan reads the month running).
CREATE INDEX order_line_ordered_on_idx ON order_line (workspace_id, ordered_on);
