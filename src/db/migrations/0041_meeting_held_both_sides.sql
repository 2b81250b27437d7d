-- A meeting counts as held only when someone from each side attended (#16). Publishing notes
-- records the attendance; this flag says whether it named at least one present person of the
-- principal and one of the distributor, taken when the attendance is saved (contacts' sides do
-- not change, and a contact removed later must not un-hold a meeting that took place).
ALTER TABLE meeting ADD COLUMN both_sides_present boolean NOT NULL DEFAULT false;

-- Existing attendance, as recorded: published notes with nobody present (or only one side)
-- stop counting as held.
UPDATE meeting m
SET both_sides_present = (
  SELECT count(DISTINCT c.side) = 2
  FROM jsonb_array_elements(m.attendance) AS entry
  JOIN contact c ON c.workspace_id = m.workspace_id AND c.id = (entry ->> 'contactId')::uuid
  WHERE (entry ->> 'present')::boolean
)
WHERE jsonb_array_length(m.attendance) > 0;
