-- Outbox delivery claims mail in a short transaction and sends it outside any transaction
-- (PGlite has one connection; SMTP must not hold it). A claim older than 10 minutes is retried;
-- after 5 attempts the mail is marked failed.
ALTER TABLE outbox_email DROP CONSTRAINT outbox_email_status_check;
ALTER TABLE outbox_email ADD CONSTRAINT outbox_email_status_check
  CHECK (status IN ('stored', 'sending', 'sent', 'failed'));
ALTER TABLE outbox_email ADD COLUMN attempts integer NOT NULL DEFAULT 0;
ALTER TABLE outbox_email ADD COLUMN claimed_at timestamptz;
CREATE INDEX outbox_email_pending_idx ON outbox_email (created_at)
  WHERE status IN ('stored', 'sending');
