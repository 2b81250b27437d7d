// What other domains (the relationship playbook, #18) read of a relationship's charter: the version
// in force and whether a newer one is being negotiated, inside the caller's transaction.
import type { Tx } from '../db/client.ts';
import type { CharterContent } from './charter.content.ts';
import { findVersion, latestVersions } from './charter.queries.ts';

export type CharterEvidence = {
  /** The latest version both parties signed. */
  signed: { version: number; signedAt: Date | null; content: CharterContent } | null;
  /** A newer version sent to the distributor (in negotiation or agreed) and not yet signed. */
  pending: { version: number; status: 'negotiation' | 'agreed' } | null;
};

export async function charterEvidence(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
): Promise<CharterEvidence> {
  const versions = await latestVersions(tx, workspaceId, distributorId);
  const signedRow = versions.find((row) => row.status === 'signed');
  const signed =
    signedRow && (await findVersion(tx, workspaceId, distributorId, signedRow.version));
  // A principal's draft is not yet shared, so only a sent version puts the signed one in question.
  const pending = versions.find(
    (row) =>
      (row.status === 'negotiation' || row.status === 'agreed') &&
      row.version > (signedRow?.version ?? 0),
  );
  return {
    signed: signed
      ? {
          version: signed.version,
          signedAt: signed.signedAt,
          content: signed.content as CharterContent,
        }
      : null,
    pending: pending
      ? { version: pending.version, status: pending.status as 'negotiation' | 'agreed' }
      : null,
  };
}
