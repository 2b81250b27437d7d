// Two-factor authentication: a person sets up an authenticator app (TOTP) and gets ten recovery
// codes; from then on signing in takes a code after the password. A workspace admin can require
// it of everyone: until they set it up, their session can do nothing else. docs/security.md.

import { enterTenantScope, type Tx } from '../db/client.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError, fieldError } from '../platform/errors.ts';
import { appSecret, verifyPassword } from '../platform/secrets.ts';
import { openClaims, sealClaims } from '../platform/signed-claims.ts';
import type { Context, Services } from '../platform/tenancy.ts';
import {
  claimTotpStepAsOwner,
  countUnusedRecoveryCodesAsOwner,
  countWorkspacesRequiringTwoFactorAsOwner,
  disableTotpAsOwner,
  enableTotpAsOwner,
  findUserByIdAsOwner,
  replaceRecoveryCodesAsOwner,
  setPendingTotpAsOwner,
  spendRecoveryCodeAsOwner,
} from './account-security.queries.ts';
import {
  acceptedStep,
  enrolmentOf,
  looksLikeRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  openSecret,
  recoveryCodeHash,
  sealSecret,
} from './totp.ts';

const challengeMinutes = 5;

async function ownAccount(ctx: Context) {
  const userId = ctx.actor.userId;
  if (!userId || ctx.actor.via !== 'session') throw new AppError('forbidden');
  const user = await findUserByIdAsOwner(ctx.db, userId);
  if (!user) throw new AppError('unauthenticated');
  return user;
}

export async function twoFactorState(ctx: Context) {
  const user = await ownAccount(ctx);
  return {
    enabled: user.totpEnabledAt !== null,
    enabledAt: user.totpEnabledAt,
    recoveryCodesLeft: user.totpEnabledAt
      ? await countUnusedRecoveryCodesAsOwner(ctx.db, user.id)
      : 0,
    requiredByWorkspace: (await countWorkspacesRequiringTwoFactorAsOwner(ctx.db, user.id)) > 0,
  };
}

/** A new secret, kept pending until a code from it proves the app has it. */
export async function startTwoFactorSetup(ctx: Context) {
  const user = await ownAccount(ctx);
  if (user.totpEnabledAt) throw new AppError('two_factor_state');
  const secret = newTotpSecret();
  await setPendingTotpAsOwner(ctx.db, user.id, sealSecret(appSecret(ctx.config), secret));
  return enrolmentOf(secret, 'Liaison', user.email);
}

/** The first right code switches the second factor on and hands out the recovery codes, once. */
export async function enableTwoFactor(ctx: Context, code: string) {
  const user = await ownAccount(ctx);
  if (user.totpEnabledAt || !user.totpPendingSecret) throw new AppError('two_factor_state');
  const secret = openSecret(appSecret(ctx.config), user.totpPendingSecret);
  const step = acceptedStep(secret, code, ctx.clock.now());
  if (step === undefined) throw fieldError(ctx.t, '#/code', 'validation.two_factor_code');
  const codes = newRecoveryCodes();
  await ctx.db.transaction(async (tx) => {
    if (!(await enableTotpAsOwner(tx, user.id, ctx.clock.now(), step))) {
      throw new AppError('two_factor_state');
    }
    await replaceRecoveryCodesAsOwner(tx, user.id, codes.map(recoveryCodeHash));
    await auditAccount(tx, ctx, 'user.two_factor_enabled');
  });
  return { codes };
}

export async function disableTwoFactor(ctx: Context, password: string) {
  const user = await ownAccount(ctx);
  await confirmPassword(ctx, user.passwordHash, password);
  if (!user.totpEnabledAt) throw new AppError('two_factor_state');
  if ((await countWorkspacesRequiringTwoFactorAsOwner(ctx.db, user.id)) > 0) {
    throw new AppError('two_factor_state');
  }
  await ctx.db.transaction(async (tx) => {
    await disableTotpAsOwner(tx, user.id);
    await replaceRecoveryCodesAsOwner(tx, user.id, []);
    await auditAccount(tx, ctx, 'user.two_factor_disabled');
  });
}

export async function regenerateRecoveryCodes(ctx: Context, password: string) {
  const user = await ownAccount(ctx);
  await confirmPassword(ctx, user.passwordHash, password);
  if (!user.totpEnabledAt) throw new AppError('two_factor_state');
  const codes = newRecoveryCodes();
  await ctx.db.transaction(async (tx) => {
    await replaceRecoveryCodesAsOwner(tx, user.id, codes.map(recoveryCodeHash));
    await auditAccount(tx, ctx, 'user.recovery_codes_replaced');
  });
  return { codes };
}

async function confirmPassword(ctx: Context, passwordHash: string | null, password: string) {
  if (!(await verifyPassword(passwordHash, password))) {
    throw fieldError(ctx.t, '#/password', 'validation.current_password_wrong');
  }
}

/**
 * A change to the person's own account, filed in the audit log of the workspace they act in. The
 * account rows were written on the owner connection; the same transaction enters the tenant scope.
 */
export async function auditAccount(tx: Tx, ctx: Context, action: string) {
  const { actor } = ctx;
  await enterTenantScope(tx, {
    workspaceId: actor.workspaceId,
    distributorId: actor.distributorId,
    userId: actor.userId,
  });
  await recordAudit(tx, actor, { entityType: 'user', entityId: actor.userId ?? '', action });
}

// The sign-in challenge: after a right password, proof of it for five minutes, signed with the
// application secret, so the second step needs no server-side state. The code itself is what the
// attacker lacks; its failures count against the account like wrong passwords do.

export function issueChallenge(base: Services, userId: string): string {
  const expires = new Date(base.clock.now().getTime() + challengeMinutes * 60_000);
  return sealClaims(appSecret(base.config), 'sign-in-challenge', { userId }, expires);
}

/** The account a challenge was issued for, if it is genuine and not expired. */
export function challengedUser(base: Services, challenge: string): string | undefined {
  const claims = openClaims(
    appSecret(base.config),
    'sign-in-challenge',
    challenge,
    base.clock.now(),
  );
  return typeof claims?.userId === 'string' ? claims.userId : undefined;
}

/** Whether the code is a right, unused TOTP code or an unused recovery code of the account. */
export async function acceptSecondFactor(
  base: Services,
  user: { id: string; totpSecret: string | null },
  code: string,
): Promise<boolean> {
  if (!user.totpSecret) return false;
  const now = base.clock.now();
  if (looksLikeRecoveryCode(code)) {
    return spendRecoveryCodeAsOwner(base.db, user.id, recoveryCodeHash(code), now);
  }
  const step = acceptedStep(openSecret(appSecret(base.config), user.totpSecret), code, now);
  return step !== undefined && claimTotpStepAsOwner(base.db, user.id, step);
}
