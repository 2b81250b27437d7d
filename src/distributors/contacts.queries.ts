// Contacts as other domains see them: cadence names meeting attendees, action item owners and
// note-takers, and finds a person's own contacts by e-mail address.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { contact, distributor, workspace } from '../db/schema.ts';

export type ContactFilter = {
  ids?: readonly string[];
  distributorId?: string;
  isPrimary?: boolean;
  /** Compared without regard to case, as people type addresses. */
  email?: string;
};

/** Contacts of the workspace matching every given filter, in no particular order. */
export function findContactsMatching(tx: Tx, workspaceId: string, filter: ContactFilter) {
  return tx
    .select({
      id: contact.id,
      distributorId: contact.distributorId,
      name: contact.name,
      side: contact.side,
      email: contact.email,
      language: contact.language,
      isPrimary: contact.isPrimary,
      timeZone: contact.timeZone,
      workStart: contact.workStart,
      workEnd: contact.workEnd,
      workWeekdays: contact.workWeekdays,
    })
    .from(contact)
    .where(
      and(
        eq(contact.workspaceId, workspaceId),
        filter.distributorId === undefined
          ? undefined
          : eq(contact.distributorId, filter.distributorId),
        filter.ids === undefined ? undefined : inArray(contact.id, [...filter.ids]),
        filter.isPrimary === undefined ? undefined : eq(contact.isPrimary, filter.isPrimary),
        filter.email === undefined
          ? undefined
          : sql`lower(${contact.email}) = lower(${filter.email})`,
      ),
    );
}

/**
 * The languages a distributor's contacts are written to where they chose none: the distributor's
 * first language for its own people, the workspace's for the principal's.
 */
export function findContactLanguageDefaults(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select({
      distributor: sql<string | null>`${distributor.languages}[1]`,
      principal: workspace.defaultLocale,
    })
    .from(distributor)
    .innerJoin(workspace, eq(workspace.id, distributor.workspaceId))
    .where(and(eq(distributor.workspaceId, workspaceId), eq(distributor.id, distributorId)))
    .then((rows) => rows[0]);
}
