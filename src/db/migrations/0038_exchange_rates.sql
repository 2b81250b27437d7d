-- Exchange rates (#16): the workspace's reporting currency, and a rate per currency and month
-- into it, entered or imported with its source. The portfolio converts each month's revenue at
-- that month's rate (docs/kpis.md). Principal-internal: a distributor's user reads none of it.
CREATE TABLE currency_settings (
  workspace_id uuid PRIMARY KEY REFERENCES workspace (id),
  reporting_currency char(3) NOT NULL DEFAULT 'EUR' CHECK (reporting_currency ~ '^[A-Z]{3}$'),
  updated_by uuid REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE exchange_rate (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  -- The currency the rate converts into: rates entered for another reporting currency stay
  -- stored but are not used once the workspace reports in a new one.
  reporting_currency char(3) NOT NULL CHECK (reporting_currency ~ '^[A-Z]{3}$'),
  currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  -- The first day of the month the rate applies to.
  month date NOT NULL CHECK (extract(day from month) = 1),
  -- Units of `currency` for one unit of the reporting currency, as the ECB quotes them
  -- (1 EUR = 38.4 THB): an amount converts as amount / rate.
  rate numeric(20, 8) NOT NULL CHECK (rate > 0),
  source text NOT NULL CHECK (length(source) BETWEEN 1 AND 200),
  entry text NOT NULL CHECK (entry IN ('entered', 'imported')),
  entered_by uuid REFERENCES app_user (id),
  entered_by_name text NOT NULL,
  entered_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, reporting_currency, currency, month),
  CHECK (currency <> reporting_currency)
);

ALTER TABLE currency_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE currency_settings FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON currency_settings USING (workspace_id = liaison_workspace());
CREATE POLICY principal_only ON currency_settings AS RESTRICTIVE TO liaison_distributor_app
  USING (false);

ALTER TABLE exchange_rate ENABLE ROW LEVEL SECURITY;
ALTER TABLE exchange_rate FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON exchange_rate USING (workspace_id = liaison_workspace());
CREATE POLICY principal_only ON exchange_rate AS RESTRICTIVE TO liaison_distributor_app
  USING (false);

GRANT SELECT, INSERT, UPDATE ON currency_settings TO liaison_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON exchange_rate TO liaison_app;
