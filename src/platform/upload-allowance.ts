// Upload allowances: the bytes each person and each workspace may upload per UTC day
// (UPLOAD_MB_PER_USER_PER_DAY, UPLOAD_MB_PER_WORKSPACE_PER_DAY), counted in PostgreSQL when a
// multipart upload has been read, before any route handles it. Past either, the upload is refused
// with 429 and Retry-After (the next UTC midnight), and nothing is counted. docs/security.md.
import { AppError } from './errors.ts';
import type { Context, Services } from './tenancy.ts';
import {
  deleteUploadAllowancesBeforeAsOwner,
  spendUploadAllowanceAsOwner,
} from './upload-allowance.queries.ts';

const DAY_MS = 86_400_000;
const megabytes = (bytes: number) => Math.floor(bytes / (1024 * 1024));

export async function spendUploadAllowance(ctx: Context, bytes: number): Promise<void> {
  if (bytes <= 0) return;
  const now = ctx.clock.now();
  const day = now.toISOString().slice(0, 10);
  const { userBytesPerDay, workspaceBytesPerDay } = ctx.config.uploadAllowance;
  const spends = [
    { key: `workspace:${ctx.actor.workspaceId}`, limit: workspaceBytesPerDay },
    ...(ctx.actor.userId ? [{ key: `user:${ctx.actor.userId}`, limit: userBytesPerDay }] : []),
  ];
  const refused = () =>
    new AppError('upload_allowance_used', {
      params: {
        retryAfter: Math.ceil((DAY_MS - (now.getTime() % DAY_MS)) / 1000),
        userMegabytes: megabytes(userBytesPerDay),
        workspaceMegabytes: megabytes(workspaceBytesPerDay),
      },
    });
  if (spends.some((spend) => bytes > spend.limit)) throw refused();
  // Both or neither: a refusal by the second rolls back what the first added.
  await ctx.db.transaction(async (tx) => {
    for (const spend of spends) {
      const total = await spendUploadAllowanceAsOwner(tx, { ...spend, day, bytes });
      if (total === undefined) throw refused();
    }
  });
}

/** The hourly sweep: yesterday still shows in a dispute about limits; older days go. */
export function deleteOldUploadAllowances(base: Pick<Services, 'db' | 'clock'>) {
  const yesterday = new Date(base.clock.now().getTime() - DAY_MS).toISOString().slice(0, 10);
  return deleteUploadAllowancesBeforeAsOwner(base.db, yesterday);
}
