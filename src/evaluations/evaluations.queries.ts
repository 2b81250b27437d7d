// Every SQL statement of the evaluations: the shared row (evaluation) and the principal's own part
// (evaluation_internal, which a distributor's database role cannot read).
import { and, desc, eq, gte } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { evaluation, evaluationInternal, workspace } from '../db/schema.ts';

export type EvaluationRow = typeof evaluation.$inferSelect;
export type EvaluationInternalRow = typeof evaluationInternal.$inferSelect;

export function listEvaluations(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select()
    .from(evaluation)
    .where(
      and(eq(evaluation.workspaceId, workspaceId), eq(evaluation.distributorId, distributorId)),
    )
    .orderBy(desc(evaluation.year), desc(evaluation.createdAt));
}

/** The row, locked for the change that follows when `forUpdate`. */
export function findEvaluation(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  id: string,
  forUpdate = false,
) {
  const query = tx
    .select()
    .from(evaluation)
    .where(
      and(
        eq(evaluation.workspaceId, workspaceId),
        eq(evaluation.distributorId, distributorId),
        eq(evaluation.id, id),
      ),
    );
  return (forUpdate ? query.for('update') : query).then((rows) => rows[0]);
}

export function findYearlyEvaluation(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  year: number,
) {
  return tx
    .select({ id: evaluation.id })
    .from(evaluation)
    .where(
      and(
        eq(evaluation.workspaceId, workspaceId),
        eq(evaluation.distributorId, distributorId),
        eq(evaluation.kind, 'yearly'),
        eq(evaluation.year, year),
      ),
    )
    .then((rows) => rows[0]);
}

/** The newest evaluation completed since `since`: the playbook's "an evaluation done". */
export function findLatestCompletedEvaluation(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  since: Date,
) {
  return tx
    .select({
      id: evaluation.id,
      kind: evaluation.kind,
      year: evaluation.year,
      title: evaluation.title,
      completedAt: evaluation.completedAt,
    })
    .from(evaluation)
    .where(
      and(
        eq(evaluation.workspaceId, workspaceId),
        eq(evaluation.distributorId, distributorId),
        eq(evaluation.status, 'completed'),
        gte(evaluation.completedAt, since),
      ),
    )
    .orderBy(desc(evaluation.completedAt))
    .limit(1)
    .then((rows) => rows[0]);
}

export function insertEvaluation(tx: Tx, values: typeof evaluation.$inferInsert) {
  return tx
    .insert(evaluation)
    .values(values)
    .returning()
    .then((rows) => rows[0]);
}

export function updateEvaluation(
  tx: Tx,
  workspaceId: string,
  id: string,
  changes: Partial<typeof evaluation.$inferInsert>,
) {
  return tx
    .update(evaluation)
    .set(changes)
    .where(and(eq(evaluation.workspaceId, workspaceId), eq(evaluation.id, id)))
    .returning()
    .then((rows) => rows[0]);
}

export function listEvaluationInternals(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select()
    .from(evaluationInternal)
    .where(
      and(
        eq(evaluationInternal.workspaceId, workspaceId),
        eq(evaluationInternal.distributorId, distributorId),
      ),
    );
}

export function findEvaluationInternal(tx: Tx, workspaceId: string, evaluationId: string) {
  return tx
    .select()
    .from(evaluationInternal)
    .where(
      and(
        eq(evaluationInternal.workspaceId, workspaceId),
        eq(evaluationInternal.evaluationId, evaluationId),
      ),
    )
    .then((rows) => rows[0]);
}

export function upsertEvaluationInternal(tx: Tx, values: typeof evaluationInternal.$inferInsert) {
  const { workspaceId: _w, evaluationId: _e, distributorId: _d, ...changes } = values;
  return tx
    .insert(evaluationInternal)
    .values(values)
    .onConflictDoUpdate({
      target: [evaluationInternal.workspaceId, evaluationInternal.evaluationId],
      set: changes,
    });
}

/** The workspace's name: the principal, as the document names it. */
export function findWorkspaceName(tx: Tx, workspaceId: string) {
  return tx
    .select({ name: workspace.name })
    .from(workspace)
    .where(eq(workspace.id, workspaceId))
    .then((rows) => rows[0]?.name ?? '');
}
