// The terms of relationships that began before Liaison, for other domains' rules: warnings and
// report deadlines use them until a charter is signed in Liaison. Also how the history imports
// find the distributor a row names.
import type { Tx } from '../db/client.ts';
import { type BaselineRow, listBaselines, listDistributorReferences } from './baseline.queries.ts';

export type RelationshipBaseline = {
  distributorId: string;
  /** YYYY-MM-DD, the day the relationship began (may be years before Liaison). */
  startedOn: string | null;
  /** Overall buffer commitment in weeks of cover. */
  bufferWeeks: number | null;
  /** Product line id → buffer commitment in weeks of cover. */
  bufferWeeksByLine: Record<string, number>;
  reportDueDay: number | null;
};

function toBaseline(row: BaselineRow): RelationshipBaseline {
  return {
    distributorId: row.distributorId,
    startedOn: row.startedOn,
    bufferWeeks: row.bufferWeeks === null ? null : Number(row.bufferWeeks),
    bufferWeeksByLine: row.bufferWeeksByLine,
    reportDueDay: row.reportDueDay,
  };
}

/** A distributor's baseline, if the distributor import brought one (in the caller's tx). */
export async function relationshipBaselineOf(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
): Promise<RelationshipBaseline | undefined> {
  const [row] = await listBaselines(tx, workspaceId, [distributorId]);
  return row ? toBaseline(row) : undefined;
}

/** The baselines of the given distributors, or of the whole workspace, for set-based rules. */
export async function listRelationshipBaselines(
  tx: Tx,
  workspaceId: string,
  distributorIds?: readonly string[],
): Promise<RelationshipBaseline[]> {
  if (distributorIds?.length === 0) return [];
  return (await listBaselines(tx, workspaceId, distributorIds)).map(toBaseline);
}

export type DistributorReference = Awaited<ReturnType<typeof listDistributorReferences>>[number];

/**
 * How an import file names a distributor: its ERP reference (any case), else its exact name (any
 * case), else its id. Returns the lookup for one file, read once in the import's transaction.
 */
export async function distributorReferences(
  tx: Tx,
  workspaceId: string,
): Promise<(reference: string) => DistributorReference | undefined> {
  const rows = await listDistributorReferences(tx, workspaceId);
  const byRef = new Map<string, DistributorReference>();
  const byName = new Map<string, DistributorReference>();
  const byId = new Map<string, DistributorReference>();
  for (const row of rows) {
    if (row.externalRef) byRef.set(row.externalRef.toLowerCase(), row);
    byName.set(row.name.toLowerCase(), row);
    byId.set(row.id, row);
  }
  return (reference) => {
    const key = reference.trim().toLowerCase();
    return byRef.get(key) ?? byName.get(key) ?? byId.get(key);
  };
}
