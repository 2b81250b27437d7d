-- Member management (issue #16): an admin deactivates a member of the workspace, who then can no
-- longer sign in to it, and may reactivate them later. Per membership, not per account: one person
-- may belong to other workspaces, which this workspace's admin does not govern.
ALTER TABLE membership ADD COLUMN deactivated_at timestamptz;
