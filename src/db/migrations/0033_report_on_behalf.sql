-- A report is the distributor's statement (issue #16). The principal no longer revises it; where a
-- distributor sends its figures another way (e-mail, a phone call), a principal editor enters them
-- on its behalf, with a reason, and the distributor confirms or corrects them. Imported history
-- (bulk past months) is on behalf too, but arrives accepted and asks for no confirmation.

-- Who entered a revision for the distributor, and why; null for the distributor's own revisions.
ALTER TABLE monthly_report_revision
  ADD COLUMN entered_on_behalf boolean NOT NULL DEFAULT false,
  ADD COLUMN on_behalf_reason text CHECK (char_length(on_behalf_reason) <= 500);

-- Revisions a principal user made before this release were made by the principal, not the
-- distributor: they become what they were, figures entered on the distributor's behalf.
UPDATE monthly_report_revision v SET entered_on_behalf = true
FROM membership m
WHERE m.workspace_id = v.workspace_id AND m.user_id = v.created_by AND m.distributor_id IS NULL;

-- 'history': a month brought in by the report-history import (the only CSV without a file name).
ALTER TABLE monthly_report_revision DROP CONSTRAINT monthly_report_revision_source_check;
ALTER TABLE monthly_report_revision ADD CONSTRAINT monthly_report_revision_source_check
  CHECK (source IN ('portal', 'xlsx', 'csv', 'api', 'history'));
UPDATE monthly_report_revision SET source = 'history'
WHERE source = 'csv' AND file_name IS NULL AND entered_on_behalf;

-- 'awaiting_confirmation': the latest revision was entered on the distributor's behalf.
ALTER TABLE monthly_report DROP CONSTRAINT monthly_report_status_check;
ALTER TABLE monthly_report ADD CONSTRAINT monthly_report_status_check
  CHECK (status IN ('draft', 'submitted', 'changes_requested', 'accepted', 'awaiting_confirmation'));

-- A report whose latest revision a principal user made, and which nobody accepted since, now waits
-- for the distributor to confirm or correct it.
UPDATE monthly_report r SET status = 'awaiting_confirmation'
FROM monthly_report_revision v
WHERE v.workspace_id = r.workspace_id AND v.report_id = r.id AND v.revision = r.revision
  AND v.entered_on_behalf AND r.status IN ('submitted', 'changes_requested');

-- 'entered_on_behalf' replaces submitted/revised for such a revision; 'confirmed' is the
-- distributor's answer. A comment may name the cell it is about (a JSON pointer into the content).
ALTER TABLE monthly_report_event DROP CONSTRAINT monthly_report_event_kind_check;
ALTER TABLE monthly_report_event ADD CONSTRAINT monthly_report_event_kind_check
  CHECK (kind IN ('submitted', 'revised', 'comment', 'accepted', 'changes_requested',
    'entered_on_behalf', 'confirmed'));
ALTER TABLE monthly_report_event
  ADD COLUMN cell text CHECK (char_length(cell) <= 200);

-- Those revisions' events say what happened.
UPDATE monthly_report_event e SET kind = 'entered_on_behalf'
FROM monthly_report_revision v
WHERE v.workspace_id = e.workspace_id AND v.report_id = e.report_id AND v.revision = e.revision
  AND v.entered_on_behalf AND e.kind IN ('submitted', 'revised');
