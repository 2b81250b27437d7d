-- The report reminders job now stamps its reminders inside the workspace's scope (role
-- liaison_app, row-level security on) instead of as the owner: it needs to write the rows.
GRANT INSERT, UPDATE ON report_reminder TO liaison_app;
