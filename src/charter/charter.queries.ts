import { and, asc, desc, eq, inArray, isNull, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import {
  charterPoint,
  charterPointEvent,
  charterSignature,
  charterVersion,
  distributor,
  productLine,
  workspace,
} from '../db/schema.ts';
import type { CharterContent } from './charter.content.ts';
import type { SignatureRecord } from './charter.document.ts';
import type { Commitments } from './conflicts.ts';

export type VersionRow = typeof charterVersion.$inferSelect;

export function listVersions(tx: Tx, workspaceId: string, distributorId: string) {
  const open = tx
    .select({ count: sql<number>`count(*)::int` })
    .from(charterPoint)
    .where(
      and(
        eq(charterPoint.workspaceId, charterVersion.workspaceId),
        eq(charterPoint.charterVersionId, charterVersion.id),
        eq(charterPoint.status, 'open'),
      ),
    );
  return tx
    .select({
      version: charterVersion.version,
      status: charterVersion.status,
      basedOnVersion: charterVersion.basedOnVersion,
      agreedAt: charterVersion.agreedAt,
      signedAt: charterVersion.signedAt,
      createdAt: charterVersion.createdAt,
      updatedAt: charterVersion.updatedAt,
      openPoints: sql<number>`(${open})`,
    })
    .from(charterVersion)
    .where(
      and(
        eq(charterVersion.workspaceId, workspaceId),
        eq(charterVersion.distributorId, distributorId),
      ),
    )
    .orderBy(desc(charterVersion.version));
}

/** One version of a distributor's charter; `lock` holds it for a state change, so two signers
 * or editors serialise. */
export function findVersion(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  version: number,
  options: { lock?: boolean } = {},
) {
  const query = tx
    .select()
    .from(charterVersion)
    .where(
      and(
        eq(charterVersion.workspaceId, workspaceId),
        eq(charterVersion.distributorId, distributorId),
        eq(charterVersion.version, version),
      ),
    );
  return (options.lock ? query.for('update') : query).then((rows) => rows[0]);
}

export function latestVersions(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select({ version: charterVersion.version, status: charterVersion.status })
    .from(charterVersion)
    .where(
      and(
        eq(charterVersion.workspaceId, workspaceId),
        eq(charterVersion.distributorId, distributorId),
      ),
    )
    .orderBy(desc(charterVersion.version));
}

export function insertVersion(tx: Tx, values: typeof charterVersion.$inferInsert) {
  return tx
    .insert(charterVersion)
    .values(values)
    .returning()
    .then((rows) => rows[0]);
}

export function updateVersion(
  tx: Tx,
  row: Pick<VersionRow, 'workspaceId' | 'id'>,
  values: Partial<typeof charterVersion.$inferInsert>,
) {
  return tx
    .update(charterVersion)
    .set({ ...values, updatedAt: sql`now()` })
    .where(and(eq(charterVersion.workspaceId, row.workspaceId), eq(charterVersion.id, row.id)))
    .returning()
    .then((rows) => rows[0]);
}

export function listSignatures(tx: Tx, workspaceId: string, versionId: string) {
  return tx
    .select()
    .from(charterSignature)
    .where(
      and(
        eq(charterSignature.workspaceId, workspaceId),
        eq(charterSignature.charterVersionId, versionId),
      ),
    )
    .orderBy(asc(charterSignature.signedAt));
}

/** The signatures that count (not voided), as the signed bundle and the documents show them. */
export async function activeSignatureRecords(
  tx: Tx,
  workspaceId: string,
  versionId: string,
): Promise<SignatureRecord[]> {
  const rows = await listSignatures(tx, workspaceId, versionId);
  return rows
    .filter((row) => row.voidedAt === null)
    .map((row) => ({
      party: row.party,
      typedName: row.typedName,
      signerRole: row.signerRole,
      consentText: row.consentText,
      contentHash: row.contentHash,
      signedAt: row.signedAt.toISOString(),
      ip: row.ip,
    }));
}

export function insertSignature(tx: Tx, values: typeof charterSignature.$inferInsert) {
  return tx
    .insert(charterSignature)
    .values(values)
    .returning()
    .then((rows) => rows[0]);
}

export function voidSignatures(tx: Tx, workspaceId: string, versionId: string, now: Date) {
  return tx
    .update(charterSignature)
    .set({ voidedAt: now })
    .where(
      and(
        eq(charterSignature.workspaceId, workspaceId),
        eq(charterSignature.charterVersionId, versionId),
        isNull(charterSignature.voidedAt),
      ),
    )
    .returning({ id: charterSignature.id, party: charterSignature.party });
}

export function listPoints(tx: Tx, workspaceId: string, versionId: string) {
  return tx
    .select()
    .from(charterPoint)
    .where(
      and(eq(charterPoint.workspaceId, workspaceId), eq(charterPoint.charterVersionId, versionId)),
    )
    .orderBy(asc(charterPoint.number));
}

export function listPointEvents(tx: Tx, workspaceId: string, pointIds: string[]) {
  if (pointIds.length === 0) return Promise.resolve([]);
  return tx
    .select()
    .from(charterPointEvent)
    .where(
      and(
        eq(charterPointEvent.workspaceId, workspaceId),
        inArray(charterPointEvent.pointId, pointIds),
      ),
    )
    .orderBy(asc(charterPointEvent.createdAt), asc(charterPointEvent.id));
}

export function findPoint(tx: Tx, workspaceId: string, versionId: string, number: number) {
  return tx
    .select()
    .from(charterPoint)
    .where(
      and(
        eq(charterPoint.workspaceId, workspaceId),
        eq(charterPoint.charterVersionId, versionId),
        eq(charterPoint.number, number),
      ),
    )
    .for('update')
    .then((rows) => rows[0]);
}

export function countOpenPoints(tx: Tx, workspaceId: string, versionId: string) {
  return tx
    .select({ count: sql<number>`count(*)::int` })
    .from(charterPoint)
    .where(
      and(
        eq(charterPoint.workspaceId, workspaceId),
        eq(charterPoint.charterVersionId, versionId),
        eq(charterPoint.status, 'open'),
      ),
    )
    .then((rows) => rows[0]?.count ?? 0);
}

export function nextPointNumber(tx: Tx, workspaceId: string, versionId: string) {
  return tx
    .select({ next: sql<number>`coalesce(max(${charterPoint.number}), 0)::int + 1` })
    .from(charterPoint)
    .where(
      and(eq(charterPoint.workspaceId, workspaceId), eq(charterPoint.charterVersionId, versionId)),
    )
    .then((rows) => rows[0]?.next ?? 1);
}

export function insertPoint(tx: Tx, values: typeof charterPoint.$inferInsert) {
  return tx
    .insert(charterPoint)
    .values(values)
    .returning()
    .then((rows) => rows[0]);
}

export function updatePoint(
  tx: Tx,
  row: { workspaceId: string; id: string },
  values: Partial<typeof charterPoint.$inferInsert>,
) {
  return tx
    .update(charterPoint)
    .set({ ...values, updatedAt: sql`now()` })
    .where(and(eq(charterPoint.workspaceId, row.workspaceId), eq(charterPoint.id, row.id)));
}

export function insertPointEvent(tx: Tx, values: typeof charterPointEvent.$inferInsert) {
  return tx.insert(charterPointEvent).values(values);
}

/**
 * Every other distributor's binding (agreed or signed) commitments in these countries, through
 * the definer function, grouped back into one entry per charter.
 */
export async function otherCommitments(
  tx: Tx,
  distributorId: string,
  countries: string[],
): Promise<Commitments[]> {
  if (countries.length === 0) return [];
  type Row = {
    distributor_id: string;
    distributor_name: string;
    version: number;
    status: string;
    kind: 'grant' | 'assigned' | 'carve_out';
    item_index: number;
    detail: Record<string, unknown>;
  };
  // Both drivers answer execute() with an object holding `rows`.
  const result = (await tx.execute(
    sql`SELECT * FROM liaison_charter_commitments(${`{${countries.join(',')}}`}::text[])
        WHERE distributor_id <> ${distributorId}`,
  )) as unknown as { rows: Row[] };
  const byDistributor = new Map<string, Commitments>();
  for (const row of result.rows) {
    let entry = byDistributor.get(row.distributor_id);
    if (!entry) {
      entry = {
        distributorId: row.distributor_id,
        distributorName: row.distributor_name,
        version: row.version,
        status: row.status,
        grants: [],
        coverage: { mode: 'full', productLineIds: [], clause: '' },
        assignedAccounts: [],
        carveOuts: [],
      };
      byDistributor.set(row.distributor_id, entry);
    }
    const item = { ...row.detail, position: row.item_index };
    if (row.kind === 'grant') entry.grants.push(item as Commitments['grants'][number]);
    else if (row.kind === 'assigned')
      entry.assignedAccounts.push(item as Commitments['assignedAccounts'][number]);
    else entry.carveOuts.push(item as Commitments['carveOuts'][number]);
  }
  return [...byDistributor.values()];
}

export function findProductLines(tx: Tx, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx
    .select({
      id: productLine.id,
      code: productLine.code,
      name: productLine.name,
      archivedAt: productLine.archivedAt,
    })
    .from(productLine)
    .where(and(eq(productLine.workspaceId, workspaceId), inArray(productLine.id, ids)));
}

export function findWorkspace(tx: Tx, workspaceId: string) {
  return tx
    .select({ id: workspace.id, name: workspace.name })
    .from(workspace)
    .where(eq(workspace.id, workspaceId))
    .then((rows) => rows[0]);
}

export function distributorFacts(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select({
      id: distributor.id,
      name: distributor.name,
      country: distributor.country,
      languages: distributor.languages,
      createdAt: distributor.createdAt,
    })
    .from(distributor)
    .where(and(eq(distributor.workspaceId, workspaceId), eq(distributor.id, distributorId)))
    .then((rows) => rows[0]);
}

export type { CharterContent };

/** The content of the relationship's charter in force (its latest signed version), if any. */
export function findSignedCharterContent(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select({ content: charterVersion.content })
    .from(charterVersion)
    .where(
      and(
        eq(charterVersion.workspaceId, workspaceId),
        eq(charterVersion.distributorId, distributorId),
        eq(charterVersion.status, 'signed'),
      ),
    )
    .orderBy(desc(charterVersion.version))
    .limit(1)
    .then((rows) => rows[0]?.content as CharterContent | undefined);
}

// Fragments for other domains' set-based SQL (the KPI refresh, reminder candidates): each takes
// the SQL expressions naming the workspace and distributor of the row it is evaluated for.

/** True when the relationship has a signed charter. */
export function hasSignedCharterSql(workspaceId: SQLWrapper, distributorId: SQLWrapper): SQL {
  return sql`exists (select 1 from charter_version cv_signed
    where cv_signed.workspace_id = ${workspaceId} and cv_signed.distributor_id = ${distributorId}
      and cv_signed.status = 'signed')`;
}

/** The buffer stock the signed charter commits to, in weeks of cover (the lines' average). */
export function signedBufferWeeksSql(workspaceId: SQLWrapper, distributorId: SQLWrapper): SQL {
  return sql`(select avg((line ->> 'bufferWeeks')::numeric)
    from charter_version cv_buffer,
      jsonb_array_elements(cv_buffer.content -> 'inventory' -> 'lines') line
    where cv_buffer.workspace_id = ${workspaceId} and cv_buffer.distributor_id = ${distributorId}
      and cv_buffer.status = 'signed')`;
}

// The product-line catalogue for other domains' queries (reports: templates, targets, costs).

/** The principal's product lines by code; archived ones only when `includeArchived`. */
export function listProductLineCodes(
  tx: Tx,
  workspaceId: string,
  options: { includeArchived: boolean },
) {
  return tx
    .select({ id: productLine.id, code: productLine.code, name: productLine.name })
    .from(productLine)
    .where(
      and(
        eq(productLine.workspaceId, workspaceId),
        options.includeArchived ? undefined : isNull(productLine.archivedAt),
      ),
    )
    .orderBy(asc(productLine.code));
}

/** A product line's code, for another domain's SQL that labels or sorts its rows by it. */
export function productLineCodeSql(workspaceId: SQLWrapper, productLineId: SQLWrapper): SQL {
  return sql`(select pl_code.code from product_line pl_code
    where pl_code.workspace_id = ${workspaceId} and pl_code.id = ${productLineId})`;
}
