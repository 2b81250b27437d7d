// A person's own sessions and password: the list of where they are signed in, signing out one or
// all others, changing the password, and resetting a forgotten one through a link by e-mail.
import { enterTenantScope } from '../db/client.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError, fieldError } from '../platform/errors.ts';
import { translator } from '../platform/i18n.ts';
import { queueMail } from '../platform/mail.ts';
import { hashPassword, hashSecret, newSecret, verifyPassword } from '../platform/secrets.ts';
import {
  type Actor,
  type Context,
  inTransaction,
  requireRole,
  type Services,
} from '../platform/tenancy.ts';
import {
  deleteEndedSessionsAsOwner,
  deleteSessionByIdAsOwner,
  deleteSessionsAsOwner,
  findPasswordResetAsOwner,
  findUserByIdAsOwner,
  findWorkspaceSecurity,
  insertPasswordResetAsOwner,
  latestPasswordResetAsOwner,
  listSessionsAsOwner,
  setPasswordAsOwner,
  spendPasswordResetAsOwner,
  updateWorkspaceSecurity,
} from './account-security.queries.ts';
import { findUserByEmailAsOwner, listMembershipsAsOwner } from './accounts.queries.ts';
import type { PasswordChangeInput, PasswordResetInput } from './password.schema.ts';
import { auditAccount } from './two-factor.service.ts';

const resetLinkMinutes = 60;
/** One reset mail per account in this many minutes: the form cannot be used to flood a mailbox. */
const resetMailSpacingMinutes = 2;

export function idleSince(base: Pick<Services, 'config' | 'clock'>): Date {
  return new Date(base.clock.now().getTime() - base.config.sessionIdleHours * 3_600_000);
}

/** The hourly sweep: sessions past their end or idle too long are deleted. */
export function deleteEndedSessions(base: Pick<Services, 'db' | 'config' | 'clock'>) {
  return deleteEndedSessionsAsOwner(base.db, base.clock.now(), idleSince(base));
}

function sessionUser(ctx: Context) {
  if (!ctx.actor.userId || ctx.actor.via !== 'session') throw new AppError('forbidden');
  return ctx.actor.userId;
}

export async function listOwnSessions(ctx: Context) {
  const userId = sessionUser(ctx);
  const rows = await listSessionsAsOwner(ctx.db, userId, idleSince(ctx), ctx.clock.now());
  return rows.map(({ hash: _hash, ...row }) => ({
    ...row,
    isCurrent: row.id === ctx.actor.sessionId,
  }));
}

export async function signOutSession(ctx: Context, sessionId: string) {
  const userId = sessionUser(ctx);
  await ctx.db.transaction(async (tx) => {
    if (!(await deleteSessionByIdAsOwner(tx, userId, sessionId))) throw new AppError('not_found');
    await auditAccount(tx, ctx, 'user.session_ended');
  });
}

/** "Sign out everywhere else": every session of the person but the one asking. */
export async function signOutOtherSessions(ctx: Context, currentToken: string) {
  const userId = sessionUser(ctx);
  return ctx.db.transaction(async (tx) => {
    const count = await deleteSessionsAsOwner(tx, userId, hashSecret(currentToken));
    await auditAccount(tx, ctx, 'user.sessions_ended');
    return { count };
  });
}

/** A new password, after the current one; every other session ends, and the person is told. */
export async function changePassword(
  ctx: Context,
  input: PasswordChangeInput,
  currentToken: string,
) {
  const userId = sessionUser(ctx);
  const user = await findUserByIdAsOwner(ctx.db, userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw fieldError(ctx.t, '#/currentPassword', 'validation.current_password_wrong');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await setPasswordAsOwner(tx, userId, passwordHash, ctx.clock.now());
    await deleteSessionsAsOwner(tx, userId, hashSecret(currentToken));
    await auditAccount(tx, ctx, 'user.password_changed');
    const t = translator(user.locale);
    await queueMail(tx, ctx.actor.workspaceId, {
      to: user.email,
      subject: t('email.password_changed.subject'),
      text: t('email.password_changed.body', { name: user.name, link: ctx.config.publicUrl }),
    });
  });
}

/**
 * Sends a reset link if the address is an account's. The answer is the same either way, so the
 * form does not tell who has an account.
 */
export async function requestPasswordReset(base: Services, email: string) {
  const user = await findUserByEmailAsOwner(base.db, email);
  if (!user || user.disabledAt) return;
  const memberships = await listMembershipsAsOwner(base.db, user.id);
  const home = memberships[0];
  if (!home) return;
  const now = base.clock.now();
  const latest = await latestPasswordResetAsOwner(base.db, user.id);
  if (latest && now.getTime() - latest.createdAt.getTime() < resetMailSpacingMinutes * 60_000) {
    return;
  }
  const token = newSecret();
  const t = translator(user.locale);
  await base.db.transaction(async (tx) => {
    await insertPasswordResetAsOwner(tx, {
      tokenHash: hashSecret(token),
      userId: user.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + resetLinkMinutes * 60_000),
    });
    // The outbox is a workspace's: the mail goes through the person's first workspace's.
    await enterTenantScope(tx, {
      workspaceId: home.workspaceId,
      distributorId: null,
      userId: null,
    });
    await queueMail(tx, home.workspaceId, {
      to: user.email,
      subject: t('email.password_reset.subject'),
      text: t('email.password_reset.body', {
        name: user.name,
        link: `${base.config.publicUrl}/reset-password/${token}`,
        minutes: resetLinkMinutes,
      }),
    });
  });
}

/** The account a reset link is for, while it can be used. */
export async function previewPasswordReset(base: Services, token: string) {
  const found = await findPasswordResetAsOwner(base.db, hashSecret(token), base.clock.now());
  const user = found && (await findUserByIdAsOwner(base.db, found.userId));
  if (!user || user.disabledAt) throw new AppError('password_reset_invalid');
  return { email: user.email };
}

/**
 * Sets the new password once, ends every session (whoever held one may be who forced the reset),
 * and files the reset in each of the person's workspaces' audit logs.
 */
export async function resetPassword(base: Services, input: PasswordResetInput) {
  const now = base.clock.now();
  const passwordHash = await hashPassword(input.newPassword);
  await base.db.transaction(async (tx) => {
    const used = await spendPasswordResetAsOwner(tx, hashSecret(input.token), now);
    const user = used && (await findUserByIdAsOwner(tx, used.userId));
    if (!user || user.disabledAt) throw new AppError('password_reset_invalid');
    await setPasswordAsOwner(tx, user.id, passwordHash, now);
    await deleteSessionsAsOwner(tx, user.id);
    const memberships = await listMembershipsAsOwner(tx, user.id);
    for (const member of memberships) {
      const actor: Actor = {
        userId: user.id,
        name: user.name,
        email: user.email,
        workspaceId: member.workspaceId,
        role: member.role,
        distributorId: member.distributorId,
        via: 'session',
        locale: user.locale,
        timeZone: user.timeZone,
        requestId: null,
      };
      await enterTenantScope(tx, {
        workspaceId: member.workspaceId,
        distributorId: member.distributorId,
        userId: user.id,
      });
      await recordAudit(tx, actor, {
        entityType: 'user',
        entityId: user.id,
        action: 'user.password_reset',
      });
    }
  });
}

export function getWorkspaceSecurity(ctx: Context) {
  requireRole(ctx.actor, ['principal_admin']);
  return inTransaction(ctx, async (tx) => {
    const found = await findWorkspaceSecurity(tx, ctx.actor.workspaceId);
    if (!found) throw new AppError('not_found');
    return found;
  });
}

export function setWorkspaceSecurity(ctx: Context, input: { requireTwoFactor: boolean }) {
  requireRole(ctx.actor, ['principal_admin']);
  return inTransaction(ctx, async (tx) => {
    const before = await findWorkspaceSecurity(tx, ctx.actor.workspaceId);
    const after = await updateWorkspaceSecurity(tx, ctx.actor.workspaceId, input.requireTwoFactor);
    if (!after) throw new AppError('not_found');
    await recordAudit(tx, ctx.actor, {
      entityType: 'workspace',
      entityId: ctx.actor.workspaceId,
      action: 'workspace.security_updated',
      before,
      after,
    });
    return after;
  });
}
