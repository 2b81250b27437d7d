// Every statement of the document library. Row-level security leaves a distributor's user only the
// documents that reach its territory and lines (migration 0025); who a document reaches is decided
// there once, by liaison_document_reaches() and liaison_place_reaches().
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import {
  distributor,
  libraryDocument,
  libraryFile,
  libraryTranslation,
  libraryTranslationEvent,
  libraryVersion,
} from '../db/schema.ts';
import { workingStages } from '../distributors/lifecycle.ts';

export type DocumentRow = typeof libraryDocument.$inferSelect;
export type VersionRow = typeof libraryVersion.$inferSelect;
export type FileRow = typeof libraryFile.$inferSelect;
export type TranslationRow = typeof libraryTranslation.$inferSelect;
export type TranslationEventRow = typeof libraryTranslationEvent.$inferSelect;

/** Valid on this day: started, and not ended. */
function validOn(day: string) {
  return and(
    sql`${libraryDocument.validFrom} <= ${day}::date`,
    sql`(${libraryDocument.validUntil} IS NULL OR ${libraryDocument.validUntil} >= ${day}::date)`,
  );
}

export type DocumentFilter = {
  q?: string;
  kind?: DocumentRow['kind'];
  archived: boolean;
  /** Only those valid on this day (what a distributor's user is shown). */
  validOn?: string;
  /** Only those that reach this distributor. */
  reaching?: string;
};

function documentConditions(workspaceId: string, filter: DocumentFilter): SQL | undefined {
  const words = filter.q?.split(/\s+/).filter(Boolean) ?? [];
  return and(
    eq(libraryDocument.workspaceId, workspaceId),
    filter.archived ? isNotNull(libraryDocument.archivedAt) : isNull(libraryDocument.archivedAt),
    filter.kind ? eq(libraryDocument.kind, filter.kind) : undefined,
    filter.validOn ? validOn(filter.validOn) : undefined,
    filter.reaching
      ? sql`liaison_document_reaches(${filter.reaching}::uuid, ${libraryDocument.countries}, ${libraryDocument.productLineIds})`
      : undefined,
    // Each word anywhere in the title, accents and case as typed (Vietnamese titles keep theirs).
    ...words.map(
      (word) => sql`strpos(lower(${libraryDocument.title}), lower(${word})) > 0` as SQL | undefined,
    ),
  );
}

/** Ordered by title; `ids` narrows to documents lacking a language (the service decides which). */
export function listDocuments(
  tx: Tx,
  workspaceId: string,
  filter: DocumentFilter,
  page?: { limit: number; offset: number; ids?: string[] },
) {
  const query = tx
    .select()
    .from(libraryDocument)
    .where(
      and(
        documentConditions(workspaceId, filter),
        page?.ids ? inArray(libraryDocument.id, page.ids) : undefined,
      ),
    )
    .orderBy(sql`lower(${libraryDocument.title})`, asc(libraryDocument.id));
  return page ? query.limit(page.limit).offset(page.offset) : query;
}

export function countDocuments(
  tx: Tx,
  workspaceId: string,
  filter: DocumentFilter,
  ids?: string[],
) {
  return tx
    .select({ total: count() })
    .from(libraryDocument)
    .where(
      and(
        documentConditions(workspaceId, filter),
        ids ? inArray(libraryDocument.id, ids) : undefined,
      ),
    )
    .then((rows) => rows[0]?.total ?? 0);
}

export function findDocument(
  tx: Tx,
  workspaceId: string,
  id: string,
  options: { lock?: boolean; validOn?: string } = {},
) {
  const query = tx
    .select()
    .from(libraryDocument)
    .where(
      and(
        eq(libraryDocument.workspaceId, workspaceId),
        eq(libraryDocument.id, id),
        options.validOn ? validOn(options.validOn) : undefined,
      ),
    );
  return (options.lock ? query.for('update') : query).then((rows) => rows[0]);
}

export function insertDocument(tx: Tx, values: typeof libraryDocument.$inferInsert) {
  return tx
    .insert(libraryDocument)
    .values(values)
    .returning()
    .then((rows) => rows[0] as DocumentRow);
}

export function updateDocument(
  tx: Tx,
  workspaceId: string,
  id: string,
  values: Partial<typeof libraryDocument.$inferInsert>,
) {
  return tx
    .update(libraryDocument)
    .set(values)
    .where(and(eq(libraryDocument.workspaceId, workspaceId), eq(libraryDocument.id, id)))
    .returning()
    .then((rows) => rows[0] as DocumentRow);
}

export function insertVersion(tx: Tx, values: typeof libraryVersion.$inferInsert) {
  return tx
    .insert(libraryVersion)
    .values(values)
    .returning()
    .then((rows) => rows[0] as VersionRow);
}

export function listVersions(tx: Tx, workspaceId: string, documentId: string) {
  return tx
    .select()
    .from(libraryVersion)
    .where(
      and(eq(libraryVersion.workspaceId, workspaceId), eq(libraryVersion.documentId, documentId)),
    )
    .orderBy(desc(libraryVersion.number));
}

export function insertFile(tx: Tx, values: typeof libraryFile.$inferInsert) {
  return tx
    .insert(libraryFile)
    .values(values)
    .returning()
    .then((rows) => rows[0] as FileRow);
}

export function findFile(tx: Tx, workspaceId: string, id: string) {
  return tx
    .select()
    .from(libraryFile)
    .where(and(eq(libraryFile.workspaceId, workspaceId), eq(libraryFile.id, id)))
    .then((rows) => rows[0]);
}

/** Every file of these documents, oldest first. */
export function listFiles(tx: Tx, workspaceId: string, documentIds: string[]) {
  if (documentIds.length === 0) return Promise.resolve([] as FileRow[]);
  return tx
    .select()
    .from(libraryFile)
    .where(
      and(eq(libraryFile.workspaceId, workspaceId), inArray(libraryFile.documentId, documentIds)),
    )
    .orderBy(asc(libraryFile.uploadedAt), asc(libraryFile.id));
}

export function insertTranslation(tx: Tx, values: typeof libraryTranslation.$inferInsert) {
  return tx
    .insert(libraryTranslation)
    .values(values)
    .returning()
    .then((rows) => rows[0] as TranslationRow);
}

export function findTranslation(tx: Tx, workspaceId: string, id: string) {
  return tx
    .select()
    .from(libraryTranslation)
    .where(and(eq(libraryTranslation.workspaceId, workspaceId), eq(libraryTranslation.id, id)))
    .for('update')
    .then((rows) => rows[0]);
}

/** Every translation of these documents, newest first. */
export function listTranslations(tx: Tx, workspaceId: string, documentIds: string[]) {
  if (documentIds.length === 0) return Promise.resolve([] as TranslationRow[]);
  return tx
    .select()
    .from(libraryTranslation)
    .where(
      and(
        eq(libraryTranslation.workspaceId, workspaceId),
        inArray(libraryTranslation.documentId, documentIds),
      ),
    )
    .orderBy(desc(libraryTranslation.requestedAt), desc(libraryTranslation.id));
}

export function updateTranslation(
  tx: Tx,
  workspaceId: string,
  id: string,
  values: Partial<typeof libraryTranslation.$inferInsert>,
) {
  return tx
    .update(libraryTranslation)
    .set(values)
    .where(and(eq(libraryTranslation.workspaceId, workspaceId), eq(libraryTranslation.id, id)))
    .returning()
    .then((rows) => rows[0] as TranslationRow);
}

export function insertTranslationEvent(
  tx: Tx,
  values: typeof libraryTranslationEvent.$inferInsert,
) {
  return tx.insert(libraryTranslationEvent).values(values);
}

/** The history of these translations, oldest first. */
export function listTranslationEvents(tx: Tx, workspaceId: string, translationIds: string[]) {
  if (translationIds.length === 0) return Promise.resolve([] as TranslationEventRow[]);
  return tx
    .select()
    .from(libraryTranslationEvent)
    .where(
      and(
        eq(libraryTranslationEvent.workspaceId, workspaceId),
        inArray(libraryTranslationEvent.translationId, translationIds),
      ),
    )
    .orderBy(asc(libraryTranslationEvent.at), asc(libraryTranslationEvent.id));
}

/**
 * Which current documents reach which active distributors: one statement over every
 * distributor's places (liaison_distributor_places()), for the coverage views.
 */
export async function listReach(tx: Tx, workspaceId: string, day: string, distributorId?: string) {
  const result = (await tx.execute(sql`
    SELECT DISTINCT p.distributor_id, ${libraryDocument.id} AS document_id
    FROM liaison_distributor_places() p
    JOIN ${libraryDocument} ON ${documentConditions(workspaceId, { archived: false, validOn: day })}
      AND liaison_place_reaches(p.country, p.product_line_ids,
        ${libraryDocument.countries}, ${libraryDocument.productLineIds})
    ${distributorId ? sql`WHERE p.distributor_id = ${distributorId}::uuid` : sql``}
  `)) as unknown as { rows: { distributor_id: string; document_id: string }[] };
  return result.rows.map((row) => ({
    distributorId: row.distributor_id,
    documentId: row.document_id,
  }));
}

/**
 * Active distributors (in the directory and in a working relationship) with their languages, by
 * name, for the portfolio's coverage.
 */
export function listActiveDistributors(tx: Tx, workspaceId: string) {
  return tx
    .select({
      id: distributor.id,
      name: distributor.name,
      country: distributor.country,
      languages: distributor.languages,
    })
    .from(distributor)
    .where(
      and(
        eq(distributor.workspaceId, workspaceId),
        eq(distributor.status, 'active'),
        inArray(distributor.lifecycleStage, [...workingStages]),
      ),
    )
    .orderBy(sql`lower(${distributor.name})`);
}

/** The distributors a document reaches (reviewers may come from them). */
export async function distributorsReachedBy(tx: Tx, document: DocumentRow) {
  const result = (await tx.execute(sql`
    SELECT DISTINCT p.distributor_id
    FROM liaison_distributor_places() p
    WHERE liaison_place_reaches(p.country, p.product_line_ids,
      ${sql.param(document.countries)}::text[], ${sql.param(document.productLineIds)}::uuid[])
  `)) as unknown as { rows: { distributor_id: string }[] };
  return new Set(result.rows.map((row) => row.distributor_id));
}
