-- Each distributor's inbound contact month by month (issue #13, the early warnings' scan): what a
-- scan of the whole portfolio reads instead of every message and logged interaction of a year and
-- a quarter. Inbound contact is a thread message written by the distributor's side, an inbound
-- logged interaction, or the logged reply to an outbound one (at the time of the reply). Months
-- are UTC months. Kept by triggers on both tables, so every writer keeps it right.
CREATE TABLE contact_month (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  distributor_id uuid NOT NULL,
  -- The month's first day (UTC).
  month date NOT NULL,
  inbound integer NOT NULL,
  last_inbound_at timestamptz NOT NULL,
  PRIMARY KEY (workspace_id, distributor_id, month),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id)
);

-- The instants of inbound contact of one distributor from `since` (inclusive) to `before`.
CREATE FUNCTION liaison_inbound_contacts(workspace uuid, distributor uuid, since timestamptz,
  before timestamptz)
RETURNS TABLE (at timestamptz) LANGUAGE sql STABLE AS $$
  SELECT created_at FROM communication_message
    WHERE workspace_id = workspace AND distributor_id = distributor
      AND author_side = 'distributor' AND created_at >= since AND created_at < before
  UNION ALL
  SELECT occurred_at FROM communication_interaction
    WHERE workspace_id = workspace AND distributor_id = distributor AND direction = 'inbound'
      AND occurred_at >= since AND occurred_at < before
  UNION ALL
  SELECT replied_at FROM communication_interaction
    WHERE workspace_id = workspace AND distributor_id = distributor AND direction = 'outbound'
      AND replied_at >= since AND replied_at < before
$$;

-- Recomputes the given months: upserts those with inbound contact, drops the others. As the
-- owner: a distributor's user writing a message must not recount the month from only the rows
-- their own role may read.
CREATE FUNCTION liaison_rebuild_contact_months(workspaces uuid[], distributors uuid[],
  months date[])
RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  INSERT INTO contact_month AS c (workspace_id, distributor_id, month, inbound, last_inbound_at)
  SELECT k.workspace_id, k.distributor_id, k.month, count(*), max(e.at)
  FROM unnest(workspaces, distributors, months) AS k (workspace_id, distributor_id, month)
  CROSS JOIN LATERAL liaison_inbound_contacts(k.workspace_id, k.distributor_id,
    k.month::timestamp AT TIME ZONE 'UTC',
    (k.month + interval '1 month')::timestamp AT TIME ZONE 'UTC') e
  GROUP BY k.workspace_id, k.distributor_id, k.month
  ON CONFLICT (workspace_id, distributor_id, month) DO UPDATE SET inbound = excluded.inbound,
    last_inbound_at = excluded.last_inbound_at;
  DELETE FROM contact_month c
  USING unnest(workspaces, distributors, months) AS k (workspace_id, distributor_id, month)
  WHERE c.workspace_id = k.workspace_id AND c.distributor_id = k.distributor_id
    AND c.month = k.month
    AND NOT EXISTS (SELECT 1 FROM liaison_inbound_contacts(k.workspace_id, k.distributor_id,
      k.month::timestamp AT TIME ZONE 'UTC',
      (k.month + interval '1 month')::timestamp AT TIME ZONE 'UTC'));
$$;

REVOKE ALL ON FUNCTION liaison_inbound_contacts(uuid, uuid, timestamptz, timestamptz) FROM PUBLIC;
REVOKE ALL ON FUNCTION liaison_rebuild_contact_months(uuid[], uuid[], date[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION liaison_rebuild_contact_months(uuid[], uuid[], date[]) TO liaison_app;

-- A statement's messages: inserted ones are added to their months (an import inserts thousands a
-- statement, and adding costs no look-up); changed or removed ones have their months recounted.
CREATE FUNCTION liaison_messages_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  workspaces uuid[];
  distributors uuid[];
  months date[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO contact_month AS c (workspace_id, distributor_id, month, inbound, last_inbound_at)
    SELECT workspace_id, distributor_id, date_trunc('month', created_at AT TIME ZONE 'UTC')::date,
      count(*), max(created_at)
    FROM new_rows WHERE author_side = 'distributor'
    GROUP BY 1, 2, 3
    ON CONFLICT (workspace_id, distributor_id, month) DO UPDATE
      SET inbound = c.inbound + excluded.inbound,
        last_inbound_at = greatest(c.last_inbound_at, excluded.last_inbound_at);
    RETURN NULL;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(workspace_id), array_agg(distributor_id), array_agg(month)
      INTO workspaces, distributors, months
      FROM (SELECT DISTINCT workspace_id, distributor_id,
          date_trunc('month', created_at AT TIME ZONE 'UTC')::date AS month
        FROM old_rows WHERE author_side = 'distributor') k;
  ELSE
    SELECT array_agg(workspace_id), array_agg(distributor_id), array_agg(month)
      INTO workspaces, distributors, months
      FROM (SELECT workspace_id, distributor_id,
          date_trunc('month', created_at AT TIME ZONE 'UTC')::date AS month FROM old_rows
        UNION
        SELECT workspace_id, distributor_id,
          date_trunc('month', created_at AT TIME ZONE 'UTC')::date FROM new_rows) k;
  END IF;
  IF workspaces IS NOT NULL THEN
    PERFORM liaison_rebuild_contact_months(workspaces, distributors, months);
  END IF;
  RETURN NULL;
END $$;

-- A statement's interactions, likewise: an inbound one counts when it occurred, an outbound one
-- when it was answered (if it was).
CREATE FUNCTION liaison_interactions_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  workspaces uuid[];
  distributors uuid[];
  months date[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO contact_month AS c (workspace_id, distributor_id, month, inbound, last_inbound_at)
    SELECT workspace_id, distributor_id, date_trunc('month', at AT TIME ZONE 'UTC')::date,
      count(*), max(at)
    FROM (SELECT workspace_id, distributor_id,
        CASE WHEN direction = 'inbound' THEN occurred_at ELSE replied_at END AS at
      FROM new_rows) e
    WHERE at IS NOT NULL
    GROUP BY 1, 2, 3
    ON CONFLICT (workspace_id, distributor_id, month) DO UPDATE
      SET inbound = c.inbound + excluded.inbound,
        last_inbound_at = greatest(c.last_inbound_at, excluded.last_inbound_at);
    RETURN NULL;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(workspace_id), array_agg(distributor_id), array_agg(month)
      INTO workspaces, distributors, months
      FROM (SELECT DISTINCT workspace_id, distributor_id,
          date_trunc('month', at AT TIME ZONE 'UTC')::date AS month
        FROM old_rows CROSS JOIN LATERAL (VALUES (occurred_at), (replied_at)) AS t (at)
        WHERE at IS NOT NULL) k;
  ELSE
    SELECT array_agg(workspace_id), array_agg(distributor_id), array_agg(month)
      INTO workspaces, distributors, months
      FROM (SELECT workspace_id, distributor_id,
          date_trunc('month', at AT TIME ZONE 'UTC')::date AS month
        FROM old_rows CROSS JOIN LATERAL (VALUES (occurred_at), (replied_at)) AS t (at)
        WHERE at IS NOT NULL
        UNION
        SELECT workspace_id, distributor_id, date_trunc('month', at AT TIME ZONE 'UTC')::date
        FROM new_rows CROSS JOIN LATERAL (VALUES (occurred_at), (replied_at)) AS t (at)
        WHERE at IS NOT NULL) k;
  END IF;
  IF workspaces IS NOT NULL THEN
    PERFORM liaison_rebuild_contact_months(workspaces, distributors, months);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER contact_months_after_insert AFTER INSERT ON communication_message
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION liaison_messages_changed();
CREATE TRIGGER contact_months_after_update AFTER UPDATE ON communication_message
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION liaison_messages_changed();
CREATE TRIGGER contact_months_after_delete AFTER DELETE ON communication_message
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION liaison_messages_changed();
CREATE TRIGGER contact_months_after_insert AFTER INSERT ON communication_interaction
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION liaison_interactions_changed();
CREATE TRIGGER contact_months_after_update AFTER UPDATE ON communication_interaction
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION liaison_interactions_changed();
CREATE TRIGGER contact_months_after_delete AFTER DELETE ON communication_interaction
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION liaison_interactions_changed();

-- Reading a month of one distributor's replies, and a month of the workspace's contact (the scan
-- reads the month running).
CREATE INDEX communication_interaction_replied_idx
  ON communication_interaction (workspace_id, distributor_id, replied_at)
  WHERE direction = 'outbound' AND replied_at IS NOT NULL;
CREATE INDEX communication_interaction_occurred_idx
  ON communication_interaction (workspace_id, occurred_at);
CREATE INDEX communication_interaction_replied_at_idx
  ON communication_interaction (workspace_id, replied_at)
  WHERE direction = 'outbound' AND replied_at IS NOT NULL;
CREATE INDEX communication_message_created_idx
  ON communication_message (workspace_id, created_at);

-- The contact already recorded.
INSERT INTO contact_month (workspace_id, distributor_id, month, inbound, last_inbound_at)
SELECT workspace_id, distributor_id, date_trunc('month', at AT TIME ZONE 'UTC')::date, count(*),
  max(at)
FROM (SELECT workspace_id, distributor_id, created_at AS at FROM communication_message
    WHERE author_side = 'distributor'
  UNION ALL
  SELECT workspace_id, distributor_id, occurred_at FROM communication_interaction
    WHERE direction = 'inbound'
  UNION ALL
  SELECT workspace_id, distributor_id, replied_at FROM communication_interaction
    WHERE direction = 'outbound' AND replied_at IS NOT NULL) e
GROUP BY workspace_id, distributor_id, date_trunc('month', at AT TIME ZONE 'UTC')::date;

ALTER TABLE contact_month ENABLE ROW LEVEL SECURITY;
ALTER TABLE contact_month FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON contact_month USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON contact_month AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());
GRANT SELECT, INSERT, UPDATE, DELETE ON contact_month TO liaison_app;
