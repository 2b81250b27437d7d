-- Default agendas are written in each reader's language (issue #14): a meeting stores null for
-- the default of its kind and the server writes it out when it is read. Meetings made before kept
-- an English copy of the default; the copies still equal to it become null, so a Vietnamese or
-- German reader sees them in their language. An agenda someone edited differs and stays as written.
UPDATE meeting SET agenda = NULL
WHERE kind = 'weekly' AND agenda = '["Orders and order status", "Shipments and deliveries", "Inventory and stock-outs", "Customer escalations", "Open action items"]'::jsonb;
UPDATE meeting SET agenda = NULL
WHERE kind = 'monthly' AND agenda = '["The distributor''s monthly report", "Sales against targets", "Inventory and weeks of cover", "Pipeline and market intelligence", "Open action items"]'::jsonb;
UPDATE meeting SET agenda = NULL
WHERE kind = 'quarterly' AND agenda = '["Goals and plan for the next quarter", "Performance review against targets", "Marketing, training and support plans", "Commitments of both sides", "Open action items"]'::jsonb;
UPDATE meeting SET agenda = NULL
WHERE kind = 'annual' AND agenda = '["Review of the year", "Goals and plan for the coming year", "Charter review: territory, targets and commitments", "Investment and resources on both sides"]'::jsonb;
