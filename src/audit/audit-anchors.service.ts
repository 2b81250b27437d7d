// Anchors of the audit chain kept outside the database: every hour the `audit anchor` job appends
// each workspace's chain head (its place and hash) to a file, one JSON line each. Whoever controls
// the database can rewrite entries and recompute every hash after them, head included; they
// cannot make the rewritten chain agree with a hash written down earlier somewhere else. Ship the
// file off the machine (a backup, a log collector) so its copy is out of their reach too.
// AUDIT_ANCHOR_FILE names it; docs/security.md.
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../db/client.ts';
import { listChainHeadsAsOwner } from './audit-chain.queries.ts';

export type Anchor = { workspaceId: string; seq: number; hash: string; at: string };

/** Every anchor in the file, oldest first; none when there is no file yet. */
export async function readAnchors(file: string): Promise<Anchor[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Anchor);
}

export function anchorsOf(anchors: Anchor[], workspaceId: string) {
  return anchors.filter((anchor) => anchor.workspaceId === workspaceId);
}

/** Appends each workspace's head if it moved since its last anchor; returns how many were new. */
export async function anchorAuditChains(
  database: Pick<Database, 'db'>,
  file: string,
  now: Date,
): Promise<number> {
  const known = new Map<string, number>();
  for (const anchor of await readAnchors(file)) known.set(anchor.workspaceId, anchor.seq);
  const lines = (await listChainHeadsAsOwner(database.db))
    .filter((head) => known.get(head.workspaceId) !== head.seq)
    .map((head) =>
      JSON.stringify({
        workspaceId: head.workspaceId,
        seq: head.seq,
        hash: head.hash,
        at: now.toISOString(),
      } satisfies Anchor),
    );
  if (!lines.length) return 0;
  await mkdir(path.dirname(file), { recursive: true });
  await appendFile(file, `${lines.join('\n')}\n`, { mode: 0o600 });
  return lines.length;
}
