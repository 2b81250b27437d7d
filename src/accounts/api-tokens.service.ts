// API tokens: a person creates them for integrations, lists and revokes their own.
import { recordAudit } from '../platform/audit.ts';
import { AppError } from '../platform/errors.ts';
import { hashSecret, newSecret } from '../platform/secrets.ts';
import { type Context, inTransaction } from '../platform/tenancy.ts';
import { insertApiToken, listApiTokens, revokeApiToken } from './accounts.queries.ts';

export async function createApiToken(ctx: Context, name: string) {
  const userId = ctx.actor.userId;
  if (!userId) throw new AppError('forbidden');
  const token = newSecret('lia_');
  return inTransaction(ctx, async (tx) => {
    const row = await insertApiToken(tx, {
      workspaceId: ctx.actor.workspaceId,
      userId,
      name,
      tokenHash: hashSecret(token),
      tokenPrefix: token.slice(0, 10),
    });
    if (!row) throw new Error('token insert returned no row');
    const { tokenHash: _hash, ...shown } = row;
    await recordAudit(tx, ctx.actor, {
      entityType: 'api_token',
      entityId: row.id,
      action: 'api_token.created',
      after: shown,
    });
    return { ...shown, token };
  });
}

export function listOwnApiTokens(ctx: Context) {
  const userId = ctx.actor.userId;
  if (!userId) throw new AppError('forbidden');
  return inTransaction(ctx, (tx) => listApiTokens(tx, ctx.actor.workspaceId, userId));
}

export function revokeOwnApiToken(ctx: Context, tokenId: string) {
  const userId = ctx.actor.userId;
  if (!userId) throw new AppError('forbidden');
  return inTransaction(ctx, async (tx) => {
    const revoked = await revokeApiToken(
      tx,
      ctx.actor.workspaceId,
      userId,
      tokenId,
      ctx.clock.now(),
    );
    if (!revoked) throw new AppError('not_found');
    await recordAudit(tx, ctx.actor, {
      entityType: 'api_token',
      entityId: tokenId,
      action: 'api_token.revoked',
      after: revoked,
    });
    return revoked;
  });
}
