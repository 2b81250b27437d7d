// Who may own a distributor: the principal's members, read through the accounts domain's queries.
import { findMembership, listMembers } from '../accounts/accounts.queries.ts';
import type { Tx } from '../db/client.ts';
import type { Role } from '../db/types.ts';

const principalRoles: readonly Role[] = [
  'principal_admin',
  'principal_manager',
  'principal_viewer',
];

/** The workspace's principal members, by name: the people who can own a relationship. */
export async function listPrincipalMembers(tx: Tx, workspaceId: string) {
  const members = await listMembers(tx, workspaceId);
  return members
    .filter((member) => member.distributorId === null && principalRoles.includes(member.role))
    .map((member) => ({ id: member.userId, name: member.name, email: member.email }));
}

export async function isPrincipalMember(tx: Tx, workspaceId: string, userId: string) {
  const member = await findMembership(tx, workspaceId, userId);
  return Boolean(member && member.distributorId === null && principalRoles.includes(member.role));
}
