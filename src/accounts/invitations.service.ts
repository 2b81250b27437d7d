// Invitations: a principal editor invites someone by e-mail with a role (and distributor); the
// link in the mail lets them create an account, or use their existing one, and join.
import { type Db, enterTenantScope, type Tx } from '../db/client.ts';
import type { Role } from '../db/types.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError, fieldError, postgresErrorCode } from '../platform/errors.ts';
import { queueMail } from '../platform/mail.ts';
import { hashPassword, hashSecret, newSecret, verifyPassword } from '../platform/secrets.ts';
import {
  type Actor,
  type Context,
  inTransaction,
  principalEditors,
  requireRole,
  type Services,
} from '../platform/tenancy.ts';
import {
  findInvitationByTokenAsOwner,
  findMembership,
  findUserByEmailAsOwner,
  findWorkspaceName,
  insertInvitation,
  insertMembership,
  insertUserAsOwner,
  listInvitations,
  markInvitation,
} from './accounts.queries.ts';
import type { InvitationInput } from './accounts.schema.ts';
import type { AcceptInvitationInput } from './password.schema.ts';
import { type ClientMeta, openSession } from './sessions.service.ts';

type Base = Services;
const INVITATION_DAYS = 7;

/** Roles a principal user may hand out: admins any, managers only distributor roles. */
function canGrantRole(actor: Actor, role: Role): boolean {
  if (actor.role === 'principal_admin') return true;
  return actor.role === 'principal_manager' && role.startsWith('distributor_');
}

/** The invitation mail, in the inviter's language, with a link holding the token. */
async function queueInvitationMail(
  ctx: Context,
  tx: Tx,
  invitation: { email: string; role: Role },
  token: string,
) {
  const { actor, t } = ctx;
  const workspaceName = await findWorkspaceName(tx, actor.workspaceId);
  await queueMail(tx, actor.workspaceId, {
    to: invitation.email,
    subject: t('email.invitation.subject', { inviter: actor.name, workspace: workspaceName }),
    text: t('email.invitation.body', {
      inviter: actor.name,
      workspace: workspaceName,
      role: t(`roles.${invitation.role}`),
      link: `${ctx.config.publicUrl}/invitations/${token}`,
      days: INVITATION_DAYS,
    }),
  });
}

export async function inviteMember(ctx: Context, input: InvitationInput) {
  const { actor, t } = ctx;
  requireRole(actor, principalEditors);
  if (!canGrantRole(actor, input.role)) throw new AppError('forbidden');
  const isDistributorRole = input.role.startsWith('distributor_');
  if (isDistributorRole && !input.distributorId) {
    throw fieldError(t, '#/distributorId', 'validation.distributor_required_for_role');
  }
  if (!isDistributorRole && input.distributorId) {
    throw fieldError(t, '#/distributorId', 'validation.distributor_not_for_role');
  }
  const token = newSecret();
  // Looked up before the transaction: PGlite has one connection, which the transaction holds.
  const existing = await findUserByEmailAsOwner(ctx.db, input.email);
  return inTransaction(ctx, async (tx) => {
    if (existing && (await findMembership(tx, actor.workspaceId, existing.id))) {
      throw new AppError('member_exists');
    }
    const row = await insertInvitation(tx, {
      workspaceId: actor.workspaceId,
      email: input.email,
      role: input.role,
      distributorId: input.distributorId,
      tokenHash: hashSecret(token),
      invitedBy: actor.userId ?? '',
      expiresAt: new Date(ctx.clock.now().getTime() + INVITATION_DAYS * 86_400_000),
    }).catch((error: unknown) => {
      // A distributor id from another workspace fails the composite foreign key.
      if (postgresErrorCode(error) === '23503') throw new AppError('not_found');
      throw error;
    });
    if (!row) throw new Error('invitation insert returned no row');
    await queueInvitationMail(ctx, tx, input, token);
    const { tokenHash: _hash, ...shown } = row;
    await recordAudit(tx, actor, {
      entityType: 'invitation',
      entityId: row.id,
      action: 'invitation.created',
      distributorId: row.distributorId,
      after: shown,
    });
    return shown;
  });
}

export function listWorkspaceInvitations(ctx: Context) {
  requireRole(ctx.actor, principalEditors);
  return inTransaction(ctx, (tx) => listInvitations(tx, ctx.actor.workspaceId));
}

export function revokeInvitation(ctx: Context, invitationId: string) {
  requireRole(ctx.actor, principalEditors);
  return inTransaction(ctx, async (tx) => {
    const row = await markInvitation(tx, ctx.actor.workspaceId, invitationId, {
      revokedAt: ctx.clock.now(),
    });
    if (!row) throw new AppError('not_found');
    await recordAudit(tx, ctx.actor, {
      entityType: 'invitation',
      entityId: invitationId,
      action: 'invitation.revoked',
      distributorId: row.distributorId,
    });
  });
}

/**
 * Sends an open invitation again with a new link: the old link stops working, and the new one is
 * valid for the full seven days. An accepted or revoked invitation answers 404.
 */
export function resendInvitation(ctx: Context, invitationId: string) {
  requireRole(ctx.actor, principalEditors);
  return inTransaction(ctx, async (tx) => {
    const token = newSecret();
    const row = await markInvitation(tx, ctx.actor.workspaceId, invitationId, {
      tokenHash: hashSecret(token),
      expiresAt: new Date(ctx.clock.now().getTime() + INVITATION_DAYS * 86_400_000),
    });
    if (!row || !canGrantRole(ctx.actor, row.role)) throw new AppError('not_found');
    await queueInvitationMail(ctx, tx, row, token);
    const { tokenHash: _hash, ...shown } = row;
    await recordAudit(tx, ctx.actor, {
      entityType: 'invitation',
      entityId: row.id,
      action: 'invitation.resent',
      distributorId: row.distributorId,
      after: { email: row.email, role: row.role, expiresAt: row.expiresAt },
    });
    return shown;
  });
}

export async function previewInvitation(base: Base, token: string) {
  const found = await findInvitationByTokenAsOwner(base.db, hashSecret(token), base.clock.now());
  if (!found) throw new AppError('invitation_invalid');
  const existing = await findUserByEmailAsOwner(base.db, found.invitation.email);
  return {
    email: found.invitation.email,
    role: found.invitation.role,
    workspaceName: found.workspaceName,
    distributorName: found.distributorName,
    hasAccount: Boolean(existing),
  };
}

/**
 * Accepts an invitation: creates the account (or, for an existing account, checks its password),
 * adds the membership and opens a session, all in one transaction.
 */
export async function acceptInvitation(base: Base, input: AcceptInvitationInput, meta: ClientMeta) {
  const now = base.clock.now();
  const found = await findInvitationByTokenAsOwner(base.db, hashSecret(input.token), now);
  if (!found) throw new AppError('invitation_invalid');
  const { invitation } = found;
  const existing = await findUserByEmailAsOwner(base.db, invitation.email);
  if (existing && !(await verifyPassword(existing.passwordHash, input.password))) {
    throw new AppError('invalid_credentials');
  }
  const passwordHash = existing ? null : await hashPassword(input.password);
  const userId = await joinWorkspaceAsOwner(
    base.db,
    invitation,
    { existing, name: input.name, passwordHash, ...accountDefaults(found) },
    now,
  );
  const sessionToken = await openSession(base, userId, invitation.workspaceId, meta);
  return { sessionToken };
}

type FoundInvitation = NonNullable<Awaited<ReturnType<typeof findInvitationByTokenAsOwner>>>;
type Invitation = FoundInvitation['invitation'];

/**
 * A new account's language and time zone: a distributor's user gets the distributor's first
 * language and its time zone, principal staff the workspace's language (and UTC). Either can be
 * changed in the profile afterwards.
 */
function accountDefaults(found: FoundInvitation): { locale: string; timeZone: string } {
  if (found.invitation.distributorId && found.distributorLanguages?.[0]) {
    return {
      locale: found.distributorLanguages[0],
      timeZone: found.distributorTimeZone ?? 'UTC',
    };
  }
  return { locale: found.workspaceLocale, timeZone: 'UTC' };
}
type Account = Awaited<ReturnType<typeof findUserByEmailAsOwner>>;

/**
 * The invited person joins the workspace: the account (unless it exists), the invitation marked
 * accepted, the membership and its audit row commit together or not at all. An account belongs to
 * no workspace, so it is created on the owner connection before any tenant scope exists; the same
 * transaction then enters the invitation's tenant scope for the workspace's rows.
 */
async function joinWorkspaceAsOwner(
  db: Db,
  invitation: Invitation,
  account: {
    existing: Account;
    name: string;
    passwordHash: string | null;
    locale: string;
    timeZone: string;
  },
  now: Date,
) {
  const { existing, passwordHash } = account;
  return db.transaction(async (tx) => {
    const user =
      existing ??
      (await insertUserAsOwner(tx, {
        email: invitation.email,
        name: account.name,
        passwordHash,
        locale: account.locale,
        timeZone: account.timeZone,
      }));
    if (!user) throw new Error('user insert returned no row');
    const actor: Actor = {
      userId: user.id,
      name: user.name,
      email: user.email,
      workspaceId: invitation.workspaceId,
      role: invitation.role,
      distributorId: invitation.distributorId,
      via: 'session',
      locale: user.locale,
      timeZone: user.timeZone,
      requestId: null,
    };
    await enterTenantScope(tx, {
      workspaceId: actor.workspaceId,
      distributorId: actor.distributorId,
      userId: user.id,
    });
    const accepted = await markInvitation(tx, invitation.workspaceId, invitation.id, {
      acceptedAt: now,
    });
    if (!accepted) throw new AppError('invitation_invalid');
    if (await findMembership(tx, invitation.workspaceId, user.id)) {
      throw new AppError('member_exists');
    }
    const member = await insertMembership(tx, {
      workspaceId: invitation.workspaceId,
      userId: user.id,
      role: invitation.role,
      distributorId: invitation.distributorId,
    });
    await recordAudit(tx, actor, {
      entityType: 'membership',
      entityId: user.id,
      action: 'invitation.accepted',
      distributorId: invitation.distributorId,
      after: member,
    });
    return user.id;
  });
}
