-- Notifications and integrations (issue #13). What happened in a workspace is written once as an
-- event (src/platform/events.ts), in the transaction of the change; a queued job then fans it out
-- to the in-app notifications of the people who should see it and to the workspace's outgoing
-- webhooks. People choose an e-mail digest of their unread notifications.

-- One row per thing that happened. `audience` 'principal' marks the principal's internal
-- assessments (a health change): a distributor's users are never told of them.
CREATE TABLE event (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL,
  type text NOT NULL,
  distributor_id uuid,
  subject_id uuid,
  actor_user_id uuid REFERENCES app_user (id),
  audience text NOT NULL CHECK (audience IN ('all', 'principal')),
  data jsonb NOT NULL DEFAULT '{}',
  occurred_at timestamptz NOT NULL,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id)
);
CREATE INDEX event_occurred_idx ON event (workspace_id, occurred_at DESC);

-- A person's copy of an event they should see. The event's facts are copied (events never
-- change), so a distributor's user reads their notifications without reading the event table.
CREATE TABLE notification (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES app_user (id),
  event_id uuid NOT NULL,
  type text NOT NULL,
  distributor_id uuid,
  distributor_name text,
  data jsonb NOT NULL DEFAULT '{}',
  occurred_at timestamptz NOT NULL,
  read_at timestamptz,
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, user_id, event_id),
  FOREIGN KEY (workspace_id, event_id) REFERENCES event (workspace_id, id)
);
CREATE INDEX notification_user_idx ON notification (workspace_id, user_id, occurred_at DESC);
CREATE INDEX notification_unread_idx ON notification (workspace_id, user_id)
  WHERE read_at IS NULL;

-- Each person's e-mail digest: off, daily or weekly, and when the last one was decided.
CREATE TABLE notification_preference (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  user_id uuid NOT NULL REFERENCES app_user (id),
  digest text NOT NULL CHECK (digest IN ('off', 'daily', 'weekly')),
  last_digest_at timestamptz,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (workspace_id, user_id)
);

-- Outgoing webhooks of a workspace, managed by the principal's admins. The secret signs each
-- delivery (Standard Webhooks) and so is kept as is; the API shows it once, at creation.
CREATE TABLE webhook (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  url text NOT NULL CHECK (length(url) BETWEEN 1 AND 2000),
  description text NOT NULL DEFAULT '',
  format text NOT NULL CHECK (format IN ('standard', 'slack', 'teams')),
  event_types text[] NOT NULL,
  secret text NOT NULL,
  is_active boolean NOT NULL DEFAULT true,
  created_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  deleted_at timestamptz,
  PRIMARY KEY (workspace_id, id)
);

-- One message to one webhook (an event, or a test ping). Its id is the `webhook-id` header, the
-- same on every retry and redelivery, so a receiver can drop duplicates.
CREATE TABLE webhook_delivery (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  webhook_id uuid NOT NULL,
  event_id uuid,
  event_type text NOT NULL,
  payload jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL,
  last_attempt_at timestamptz,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, webhook_id) REFERENCES webhook (workspace_id, id),
  FOREIGN KEY (workspace_id, event_id) REFERENCES event (workspace_id, id)
);
CREATE UNIQUE INDEX webhook_delivery_event_idx ON webhook_delivery (workspace_id, webhook_id, event_id)
  WHERE event_id IS NOT NULL;
CREATE INDEX webhook_delivery_webhook_idx
  ON webhook_delivery (workspace_id, webhook_id, created_at DESC);

-- Every attempt at a delivery: the delivery log.
CREATE TABLE webhook_attempt (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  delivery_id uuid NOT NULL,
  attempt integer NOT NULL,
  attempted_at timestamptz NOT NULL,
  status_code integer,
  duration_ms integer NOT NULL,
  response_excerpt text,
  error text,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, delivery_id) REFERENCES webhook_delivery (workspace_id, id)
);
CREATE INDEX webhook_attempt_delivery_idx ON webhook_attempt (workspace_id, delivery_id, attempt);

ALTER TABLE event ENABLE ROW LEVEL SECURITY;
ALTER TABLE event FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON event USING (workspace_id = liaison_workspace());
-- A distributor's user causes events (a report submitted, a message) but never reads them back:
-- they may write one for their own distributor, meant for both sides.
CREATE POLICY principal_reads ON event AS RESTRICTIVE FOR SELECT TO liaison_distributor_app
  USING (false);
CREATE POLICY distributor_writes ON event AS RESTRICTIVE FOR INSERT TO liaison_distributor_app
  WITH CHECK (distributor_id = liaison_distributor() AND audience = 'all');

ALTER TABLE notification ENABLE ROW LEVEL SECURITY;
ALTER TABLE notification FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON notification USING (workspace_id = liaison_workspace());
-- A person reads only their own; system work (no user) writes everyone's.
CREATE POLICY own_notifications ON notification AS RESTRICTIVE
  USING (liaison_user() IS NULL OR user_id = liaison_user());
CREATE POLICY distributor_scope ON notification AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());

ALTER TABLE notification_preference ENABLE ROW LEVEL SECURITY;
ALTER TABLE notification_preference FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON notification_preference USING (workspace_id = liaison_workspace());
CREATE POLICY own_preference ON notification_preference AS RESTRICTIVE
  USING (liaison_user() IS NULL OR user_id = liaison_user());

ALTER TABLE webhook ENABLE ROW LEVEL SECURITY;
ALTER TABLE webhook FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON webhook USING (workspace_id = liaison_workspace());
CREATE POLICY principal_only ON webhook AS RESTRICTIVE TO liaison_distributor_app USING (false);

ALTER TABLE webhook_delivery ENABLE ROW LEVEL SECURITY;
ALTER TABLE webhook_delivery FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON webhook_delivery USING (workspace_id = liaison_workspace());
CREATE POLICY principal_only ON webhook_delivery AS RESTRICTIVE TO liaison_distributor_app
  USING (false);

ALTER TABLE webhook_attempt ENABLE ROW LEVEL SECURITY;
ALTER TABLE webhook_attempt FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON webhook_attempt USING (workspace_id = liaison_workspace());
CREATE POLICY principal_only ON webhook_attempt AS RESTRICTIVE TO liaison_distributor_app
  USING (false);

GRANT SELECT, INSERT ON event TO liaison_app;
GRANT SELECT, INSERT, UPDATE ON notification, notification_preference, webhook, webhook_delivery
  TO liaison_app;
GRANT SELECT, INSERT ON webhook_attempt TO liaison_app;
