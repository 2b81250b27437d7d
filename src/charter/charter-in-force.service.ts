// What other domains read of a relationship's charter in force: cadence takes its meeting
// protocol, reports its reporting day. They call in from their own transaction, so these take it.
import type { Tx } from '../db/client.ts';
import type { CharterContent } from './charter.content.ts';
import { findSignedCharterContent } from './charter.queries.ts';
import { listCatalogue } from './product-lines.queries.ts';

/** The latest signed version's content, or undefined while nothing is signed. */
export function signedCharterContent(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
): Promise<CharterContent | undefined> {
  return findSignedCharterContent(tx, workspaceId, distributorId);
}

/** Every product line of the workspace (archived ones too) by id, for a document that names them. */
export async function productLineNames(tx: Tx, workspaceId: string) {
  const lines = await listCatalogue(tx, workspaceId, { includeArchived: true });
  return new Map(lines.map((line) => [line.id, { code: line.code, name: line.name }]));
}
