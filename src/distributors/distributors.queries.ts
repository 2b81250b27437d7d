// Every SQL statement of the distributor directory: distributors, contacts, ladders (the
// lifecycle history is in lifecycle.queries.ts).
import { and, asc, count, desc, eq, inArray, isNull, like, type SQL, sql } from 'drizzle-orm';
import { userNameSql } from '../accounts/accounts.queries.ts';
import type { Tx } from '../db/client.ts';
import { contact, distributor, escalationStep } from '../db/schema.ts';
import type { DistributorListQuery } from './distributors.schema.ts';

type DistributorRow = typeof distributor.$inferSelect;

const distributorColumns = {
  id: distributor.id,
  name: distributor.name,
  legalName: distributor.legalName,
  country: distributor.country,
  city: distributor.city,
  timeZone: distributor.timeZone,
  languages: distributor.languages,
  website: distributor.website,
  status: distributor.status,
  lifecycleStage: distributor.lifecycleStage,
  notes: distributor.notes,
  reportCurrency: distributor.reportCurrency,
  externalRef: distributor.externalRef,
  ownerUserId: distributor.ownerUserId,
  ownerName: userNameSql(distributor.ownerUserId),
  createdAt: distributor.createdAt,
  updatedAt: distributor.updatedAt,
};

const { notes: _notes, ...listColumns } = distributorColumns;

const sortColumns = {
  name: sql`lower(${distributor.name})`,
  country: distributor.country,
  lifecycleStage: distributor.lifecycleStage,
  updatedAt: distributor.updatedAt,
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * One page of the directory and the total count, in one statement. The page's ids are found
 * first (sorting narrow rows, stopping at the page by index where the sort allows), then only
 * those rows are read in full with their contact counts; the total is a separate narrow count.
 */
export async function listDistributors(
  tx: Tx,
  workspaceId: string,
  onlyDistributorId: string | null,
  query: DistributorListQuery,
) {
  const conditions: SQL[] = [eq(distributor.workspaceId, workspaceId)];
  if (onlyDistributorId) conditions.push(eq(distributor.id, onlyDistributorId));
  if (query.status !== 'all') conditions.push(eq(distributor.status, query.status));
  if (query.country) conditions.push(eq(distributor.country, query.country));
  if (query.stage) conditions.push(eq(distributor.lifecycleStage, query.stage));
  if (query.owner === 'none') conditions.push(isNull(distributor.ownerUserId));
  else if (query.owner) conditions.push(eq(distributor.ownerUserId, query.owner));
  if (query.q) {
    conditions.push(like(distributor.searchText, `%${escapeLike(query.q.toLowerCase())}%`));
  }
  const where = and(...conditions);
  const direction = query.order === 'desc' ? desc : asc;
  const page = tx.$with('page').as(
    tx
      .select({
        id: sql<string>`${distributor.id}`.as('page_id'),
        position:
          sql<number>`row_number() over (order by ${direction(sortColumns[query.sort])}, ${asc(distributor.id)})`.as(
            'position',
          ),
      })
      .from(distributor)
      .where(where)
      .orderBy(direction(sortColumns[query.sort]), asc(distributor.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
  );
  const total = tx.select({ value: count() }).from(distributor).where(where);
  const rows = await tx
    .with(page)
    .select({
      ...listColumns,
      // Written out in SQL: Drizzle renders columns unqualified inside a sql`` subquery, which
      // would compare the contact table with itself.
      contactCount: sql<number>`(select count(*)::int from contact c
        where c.workspace_id = "distributor"."workspace_id"
          and c.distributor_id = "distributor"."id")`,
      total: sql<number>`(${total})`.mapWith(Number),
    })
    .from(page)
    .innerJoin(
      distributor,
      and(eq(distributor.workspaceId, workspaceId), eq(distributor.id, page.id)),
    )
    .orderBy(page.position);
  const totalCount = rows[0]?.total ?? (query.page > 1 ? await countDistributors(tx, where) : 0);
  return { items: rows.map(({ total: _total, ...item }) => item), total: totalCount };
}

async function countDistributors(tx: Tx, where: SQL | undefined) {
  const [row] = await tx.select({ value: count() }).from(distributor).where(where);
  return row?.value ?? 0;
}

export function findDistributor(tx: Tx, workspaceId: string, id: string) {
  return tx
    .select(distributorColumns)
    .from(distributor)
    .where(and(eq(distributor.workspaceId, workspaceId), eq(distributor.id, id)))
    .then((rows) => rows[0]);
}

export function findDistributorByName(tx: Tx, workspaceId: string, name: string) {
  return tx
    .select({ id: distributor.id })
    .from(distributor)
    .where(
      and(
        eq(distributor.workspaceId, workspaceId),
        sql`lower(${distributor.name}) = lower(${name})`,
      ),
    )
    .then((rows) => rows[0]);
}

export function insertDistributor(
  tx: Tx,
  workspaceId: string,
  values: Omit<typeof distributor.$inferInsert, 'workspaceId'>,
) {
  return tx
    .insert(distributor)
    .values({ ...values, workspaceId })
    .returning(distributorColumns)
    .then((rows) => rows[0]);
}

/** Inserts many distributors in chunks (imports); returns their ids in input order. */
export async function insertDistributors(
  tx: Tx,
  workspaceId: string,
  values: Omit<typeof distributor.$inferInsert, 'workspaceId'>[],
  onChunk?: (done: number) => void,
) {
  const ids: string[] = [];
  const chunkSize = 500;
  for (let start = 0; start < values.length; start += chunkSize) {
    const chunk = values.slice(start, start + chunkSize).map((row) => ({ ...row, workspaceId }));
    const rows = await tx.insert(distributor).values(chunk).returning({ id: distributor.id });
    ids.push(...rows.map((row) => row.id));
    onChunk?.(Math.min(start + chunkSize, values.length));
  }
  return ids;
}

export function updateDistributor(
  tx: Tx,
  workspaceId: string,
  id: string,
  values: Partial<Omit<DistributorRow, 'workspaceId' | 'id' | 'createdAt'>>,
) {
  return tx
    .update(distributor)
    .set({ ...values, updatedAt: sql`now()` })
    .where(and(eq(distributor.workspaceId, workspaceId), eq(distributor.id, id)))
    .returning(distributorColumns)
    .then((rows) => rows[0]);
}

/** Every distributor of the workspace for export, or only those ids, in name order. */
export function listAllDistributors(tx: Tx, workspaceId: string, ids?: readonly string[]) {
  return tx
    .select(distributorColumns)
    .from(distributor)
    .where(
      and(
        eq(distributor.workspaceId, workspaceId),
        ids ? inArray(distributor.id, [...ids]) : undefined,
      ),
    )
    .orderBy(sql`lower(${distributor.name})`);
}

export function listExistingNames(tx: Tx, workspaceId: string) {
  return tx
    .select({ name: distributor.name })
    .from(distributor)
    .where(eq(distributor.workspaceId, workspaceId))
    .then((rows) => rows.map((row) => row.name.toLowerCase()));
}

// ---- contacts ----

const contactColumns = {
  id: contact.id,
  distributorId: contact.distributorId,
  side: contact.side,
  name: contact.name,
  role: contact.role,
  title: contact.title,
  email: contact.email,
  phone: contact.phone,
  language: contact.language,
  timeZone: contact.timeZone,
  isPrimary: contact.isPrimary,
  workStart: contact.workStart,
  workEnd: contact.workEnd,
  workWeekdays: contact.workWeekdays,
  createdAt: contact.createdAt,
  updatedAt: contact.updatedAt,
};

export function listContacts(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select(contactColumns)
    .from(contact)
    .where(and(eq(contact.workspaceId, workspaceId), eq(contact.distributorId, distributorId)))
    .orderBy(asc(contact.side), desc(contact.isPrimary), asc(contact.name));
}

export function findContact(tx: Tx, workspaceId: string, distributorId: string, id: string) {
  return tx
    .select(contactColumns)
    .from(contact)
    .where(
      and(
        eq(contact.workspaceId, workspaceId),
        eq(contact.distributorId, distributorId),
        eq(contact.id, id),
      ),
    )
    .then((rows) => rows[0]);
}

export function insertContact(tx: Tx, values: typeof contact.$inferInsert) {
  return tx
    .insert(contact)
    .values(values)
    .returning(contactColumns)
    .then((rows) => rows[0]);
}

export function insertContacts(tx: Tx, values: (typeof contact.$inferInsert)[]) {
  return values.length ? tx.insert(contact).values(values).returning(contactColumns) : [];
}

export function updateContact(
  tx: Tx,
  workspaceId: string,
  id: string,
  values: Partial<typeof contact.$inferInsert>,
) {
  return tx
    .update(contact)
    .set({ ...values, updatedAt: sql`now()` })
    .where(and(eq(contact.workspaceId, workspaceId), eq(contact.id, id)))
    .returning(contactColumns)
    .then((rows) => rows[0]);
}

/** A distributor has at most one primary contact per side. */
export function clearPrimaryContact(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  side: 'principal' | 'distributor',
) {
  return tx
    .update(contact)
    .set({ isPrimary: false })
    .where(
      and(
        eq(contact.workspaceId, workspaceId),
        eq(contact.distributorId, distributorId),
        eq(contact.side, side),
        eq(contact.isPrimary, true),
      ),
    );
}

export function deleteContact(tx: Tx, workspaceId: string, id: string) {
  return tx.delete(contact).where(and(eq(contact.workspaceId, workspaceId), eq(contact.id, id)));
}

export function countStepsForContact(tx: Tx, workspaceId: string, contactId: string) {
  return tx
    .select({ value: count() })
    .from(escalationStep)
    .where(
      and(eq(escalationStep.workspaceId, workspaceId), eq(escalationStep.contactId, contactId)),
    )
    .then((rows) => rows[0]?.value ?? 0);
}

// ---- escalation ladder ----

const stepColumns = {
  id: escalationStep.id,
  distributorId: escalationStep.distributorId,
  side: escalationStep.side,
  level: escalationStep.level,
  contactId: escalationStep.contactId,
  contactName: contact.name,
  contactRole: contact.role,
  contactEmail: contact.email,
  contactPhone: contact.phone,
  channel: escalationStep.channel,
  responseTimeHours: escalationStep.responseTimeHours,
  note: escalationStep.note,
};

function stepsQuery(tx: Tx) {
  return tx
    .select(stepColumns)
    .from(escalationStep)
    .innerJoin(
      contact,
      and(
        eq(contact.workspaceId, escalationStep.workspaceId),
        eq(contact.id, escalationStep.contactId),
      ),
    );
}

export function listEscalationSteps(tx: Tx, workspaceId: string, distributorId: string) {
  return stepsQuery(tx)
    .where(
      and(
        eq(escalationStep.workspaceId, workspaceId),
        eq(escalationStep.distributorId, distributorId),
      ),
    )
    .orderBy(asc(escalationStep.side), asc(escalationStep.level));
}

export function findEscalationStep(tx: Tx, workspaceId: string, distributorId: string, id: string) {
  return stepsQuery(tx)
    .where(
      and(
        eq(escalationStep.workspaceId, workspaceId),
        eq(escalationStep.distributorId, distributorId),
        eq(escalationStep.id, id),
      ),
    )
    .then((rows) => rows[0]);
}

export function insertEscalationStep(tx: Tx, values: typeof escalationStep.$inferInsert) {
  return tx
    .insert(escalationStep)
    .values(values)
    .returning({ id: escalationStep.id })
    .then((rows) => rows[0]);
}

export function insertEscalationSteps(tx: Tx, values: (typeof escalationStep.$inferInsert)[]) {
  return values.length ? tx.insert(escalationStep).values(values) : undefined;
}

export function updateEscalationStep(
  tx: Tx,
  workspaceId: string,
  id: string,
  values: Partial<typeof escalationStep.$inferInsert>,
) {
  return tx
    .update(escalationStep)
    .set({ ...values, updatedAt: sql`now()` })
    .where(and(eq(escalationStep.workspaceId, workspaceId), eq(escalationStep.id, id)));
}

export function deleteEscalationStep(tx: Tx, workspaceId: string, id: string) {
  return tx
    .delete(escalationStep)
    .where(and(eq(escalationStep.workspaceId, workspaceId), eq(escalationStep.id, id)));
}
