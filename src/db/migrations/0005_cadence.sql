-- Communication cadence: each relationship's meeting plan and its meetings, with the time of
-- each meeting chosen by the fair time-zone rotation. People's working hours live on contacts.

ALTER TABLE contact
  ADD COLUMN work_start text NOT NULL DEFAULT '09:00' CHECK (work_start ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  ADD COLUMN work_end text NOT NULL DEFAULT '17:30' CHECK (work_end ~ '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$'),
  ADD COLUMN work_weekdays smallint[] NOT NULL DEFAULT '{1,2,3,4,5}',
  ADD CONSTRAINT contact_work_hours CHECK (work_end > work_start);

CREATE TABLE cadence_plan (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  distributor_id uuid NOT NULL,
  starts_on date NOT NULL,
  check_in_weekday smallint NOT NULL DEFAULT 2 CHECK (check_in_weekday BETWEEN 1 AND 7),
  review_weekday smallint NOT NULL DEFAULT 4 CHECK (review_weekday BETWEEN 1 AND 7),
  report_due_day smallint NOT NULL DEFAULT 10 CHECK (report_due_day BETWEEN 1 AND 28),
  -- The meeting kinds and their length, from the charter's protocol when there is one.
  meetings jsonb NOT NULL,
  attendee_contact_ids uuid[] NOT NULL,
  video_url text,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, distributor_id),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id)
);

CREATE TABLE meeting (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  distributor_id uuid NOT NULL,
  plan_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('weekly', 'monthly', 'quarterly', 'annual')),
  number integer NOT NULL,
  starts_at timestamptz NOT NULL,
  minutes smallint NOT NULL CHECK (minutes > 0),
  status text NOT NULL DEFAULT 'scheduled'
    CHECK (status IN ('scheduled', 'held', 'cancelled', 'skipped')),
  -- iCalendar SEQUENCE: raised on every change a calendar must pick up.
  sequence integer NOT NULL DEFAULT 0,
  video_url text,
  -- The rotation's reasoning: each attendee's local time and burden, the parties' burdens, the
  -- fairness window and ledger at this meeting, and why no fair slot existed if none did.
  rotation jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, plan_id, kind, number),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id),
  FOREIGN KEY (workspace_id, plan_id) REFERENCES cadence_plan (workspace_id, id)
);
CREATE INDEX meeting_time_idx ON meeting (workspace_id, distributor_id, starts_at);

ALTER TABLE cadence_plan ENABLE ROW LEVEL SECURITY;
ALTER TABLE cadence_plan FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON cadence_plan USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON cadence_plan AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());

ALTER TABLE meeting ENABLE ROW LEVEL SECURITY;
ALTER TABLE meeting FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON meeting USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON meeting AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());

GRANT SELECT, INSERT, UPDATE ON cadence_plan, meeting TO liaison_app;

-- Private calendar feeds: a secret URL per user and workspace, found by its hash before the
-- workspace is known (like API tokens: row-level security enabled, not forced).
CREATE TABLE calendar_feed (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES app_user (id),
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  PRIMARY KEY (workspace_id, id)
);
CREATE UNIQUE INDEX calendar_feed_active_key ON calendar_feed (workspace_id, user_id)
  WHERE revoked_at IS NULL;
ALTER TABLE calendar_feed ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON calendar_feed USING (workspace_id = liaison_workspace());
CREATE POLICY own_feeds ON calendar_feed AS RESTRICTIVE USING (user_id = liaison_user());
GRANT SELECT, INSERT, UPDATE ON calendar_feed TO liaison_app;
