// What the evaluations prove to the playbook (its rule `evaluation_done`), read in the caller's
// transaction. The playbook cannot import this domain (the evaluation reads the playbook), so the
// app registers it with the playbook's rules when it is assembled (src/app.ts, the demo loader).
import type { Tx } from '../db/client.ts';
import { findLatestCompletedEvaluation } from './evaluations.queries.ts';

/** The newest evaluation completed in the twelve months before `now`, if any. */
export async function latestCompletedEvaluation(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  now: Date,
) {
  const since = new Date(now);
  since.setUTCFullYear(since.getUTCFullYear() - 1);
  const found = await findLatestCompletedEvaluation(tx, workspaceId, distributorId, since);
  if (!found?.completedAt) return null;
  return {
    id: found.id,
    year: found.year,
    title: found.title,
    completedAt: found.completedAt,
  };
}
