-- Rotating a webhook's signing secret without breaking its receiver (issue #13): for a day after
-- the rotation every message is signed with the new secret and the old one (Standard Webhooks
-- allows several signatures), so the receiver can switch at its own pace.
ALTER TABLE webhook ADD COLUMN previous_secret text;
ALTER TABLE webhook ADD COLUMN previous_secret_until timestamptz;
ALTER TABLE webhook ADD CONSTRAINT webhook_previous_secret_until
  CHECK ((previous_secret IS NULL) = (previous_secret_until IS NULL));
