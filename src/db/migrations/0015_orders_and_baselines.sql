-- History comes in (issue #13): the principal's orders (sell-in, from its ERP) as a fact of their
-- own next to the distributor's reported sales, and the terms of relationships that began before
-- Liaison (start date, buffer commitment, report due day), which warnings use until a charter is
-- signed in Liaison.

-- One row per order line. `order_ref` is the ERP's order number when the file has one: a line
-- imported again (same distributor, order, product line) replaces the earlier one, so importing an
-- overlapping export twice does not double the orders.
CREATE TABLE order_line (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  distributor_id uuid NOT NULL,
  order_ref text CHECK (order_ref IS NULL OR length(order_ref) BETWEEN 1 AND 100),
  ordered_on date NOT NULL,
  product_line_id uuid NOT NULL,
  quantity numeric(14, 2) NOT NULL CHECK (quantity >= 0),
  net_value numeric(16, 2) NOT NULL,
  currency char(3) NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id),
  FOREIGN KEY (workspace_id, product_line_id) REFERENCES product_line (workspace_id, id)
);
CREATE INDEX order_line_distributor_idx ON order_line (workspace_id, distributor_id, ordered_on);
CREATE UNIQUE INDEX order_line_ref_key ON order_line (workspace_id, distributor_id, order_ref,
  product_line_id) WHERE order_ref IS NOT NULL;

-- What a relationship that predates Liaison had agreed, from the distributor import. Buffer weeks
-- are overall (`buffer_weeks`) and/or per product line (`buffer_weeks_by_line`: product line id →
-- weeks). A signed charter in Liaison overrides all of it.
CREATE TABLE relationship_baseline (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  distributor_id uuid NOT NULL,
  started_on date,
  buffer_weeks numeric(6, 2) CHECK (buffer_weeks IS NULL OR buffer_weeks BETWEEN 0 AND 104),
  buffer_weeks_by_line jsonb NOT NULL DEFAULT '{}',
  report_due_day smallint CHECK (report_due_day IS NULL OR report_due_day BETWEEN 1 AND 28),
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (workspace_id, distributor_id),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id)
);

ALTER TABLE order_line ENABLE ROW LEVEL SECURITY;
ALTER TABLE order_line FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON order_line USING (workspace_id = liaison_workspace());
-- A distributor's users see their own orders (they placed them), never another's.
CREATE POLICY distributor_scope ON order_line AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());

ALTER TABLE relationship_baseline ENABLE ROW LEVEL SECURITY;
ALTER TABLE relationship_baseline FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON relationship_baseline USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON relationship_baseline AS RESTRICTIVE
  TO liaison_distributor_app USING (distributor_id = liaison_distributor());

GRANT SELECT, INSERT, UPDATE, DELETE ON order_line TO liaison_app;
GRANT SELECT, INSERT, UPDATE ON relationship_baseline TO liaison_app;
